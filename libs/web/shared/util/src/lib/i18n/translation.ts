/** A dictionary of the same shape as `T` (a Japanese source dictionary), with every leaf widened to string. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
