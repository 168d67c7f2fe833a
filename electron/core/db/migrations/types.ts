export interface Migration {
  /** Becomes PRAGMA user_version once applied; versions are 1, 2, 3… without gaps. */
  version: number
  name: string
  sql: string
}
