/** Every API result crosses a process or network boundary in one of these two shapes. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHORIZED'
  /** The browser host refused a request from another site, or sent to a name other than 127.0.0.1. */
  | 'FORBIDDEN'
  | 'TOO_LARGE'
  /** Another Pursuit process or task held the database past the busy timeout; trying again works. */
  | 'BUSY'
  /** The machine's storage failed: a full disk, a read-only data folder, a failing drive. */
  | 'STORAGE'
  | 'INTERNAL';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown inside the core for an error a user can act on; turned into an error envelope at the boundary. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
