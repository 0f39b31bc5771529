/**
 * Everything compose can refuse. It carries every problem found in one stage, so a broken
 * plugin folder is reported in one run rather than one error per run.
 */
export class ComposeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ComposeError";
  }
}

/** Collects problems during a stage; `throwIfAny` ends the stage. */
export class ProblemList {
  readonly items: string[] = [];

  add(message: string): void {
    this.items.push(message);
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ComposeError([...this.items]);
  }
}

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Loader errors can be long; the first line names the problem.
  return text.split("\n")[0] ?? text;
}
