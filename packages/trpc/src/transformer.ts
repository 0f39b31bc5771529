import { TRPCError } from "@trpc/server";
import superjson, { type SuperJSONResult } from "superjson";
import { assertInputShape } from "./input-shape";

export const UNREADABLE_INPUT_MESSAGE = 'The request input could not be decoded: send it as the tRPC client does, {"json": <input>} with an optional "meta".';

/**
 * superjson both ways, except that input it can't decode (null where its envelope goes, "meta"
 * naming an unknown class or type, or paths that send it into endless recursion) is refused here
 * with a message of ours, and so is input nested too deep to walk (see assertInputShape). Left to tRPC, the library's own words would be the answer: a TypeError,
 * "Maximum call stack size exceeded", a link to its issue tracker; they tell a client nothing it
 * can fix and tell anyone something about the server.
 */
export const requestTransformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (payload: unknown): unknown => {
      if (payload && typeof payload === "object") {
        const { json, meta } = payload as { json?: unknown; meta?: unknown };
        assertInputShape(json);
        assertInputShape(meta, ["meta"]);
      }
      try {
        return superjson.deserialize(payload as SuperJSONResult);
      } catch (cause) {
        throw new TRPCError({ code: "BAD_REQUEST", message: UNREADABLE_INPUT_MESSAGE, cause });
      }
    },
  },
  output: superjson,
};
