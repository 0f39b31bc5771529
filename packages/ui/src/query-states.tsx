import { TriangleAlert } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { Alert, AlertDescription, AlertTitle } from "./alert";
import { EmptyState } from "./page-header";
import { Skeleton } from "./skeleton";

/** The parts of a TanStack Query result this component reads; ui stays free of the query library. */
export type QueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };

export type QueryStatesProps<T> = {
  query: QueryLike<T>;
  /** ui must not import the plugin SDK, so the app passes its own error formatter (errorMessage). */
  formatError: (error: unknown) => ReactNode;
  skeletonClassName?: string;
  errorTitle?: ReactNode;
  errorClassName?: string;
  /** The warning icon in the error alert; card-embedded lists leave it out. */
  errorIcon?: boolean;
  /** When set, a failed refetch shows only the alert, not the stale data (the early-return style). */
  errorHidesData?: boolean;
  /** Without isEmpty and empty, loaded data always goes to children. */
  isEmpty?: (data: T) => boolean;
  empty?: ComponentProps<typeof EmptyState>;
  children: (data: T) => ReactNode;
};

/** Loading skeleton, error alert, empty state or the loaded data: the states every list page repeats. */
export function QueryStates<T>({
  query,
  formatError,
  skeletonClassName,
  errorTitle,
  errorClassName,
  errorIcon = true,
  errorHidesData = false,
  isEmpty,
  empty,
  children,
}: QueryStatesProps<T>) {
  const data = query.data;
  const showData = data !== undefined && !(errorHidesData && query.isError);
  const dataIsEmpty = showData && empty !== undefined && isEmpty !== undefined && isEmpty(data);
  return (
    <>
      {query.isPending ? <Skeleton className={skeletonClassName} /> : null}
      {query.isError ? (
        <Alert variant="destructive" className={errorClassName}>
          {errorIcon ? <TriangleAlert /> : null}
          {errorTitle ? <AlertTitle>{errorTitle}</AlertTitle> : null}
          <AlertDescription>{formatError(query.error)}</AlertDescription>
        </Alert>
      ) : null}
      {dataIsEmpty && empty ? <EmptyState {...empty} /> : null}
      {showData && !dataIsEmpty ? children(data) : null}
    </>
  );
}
