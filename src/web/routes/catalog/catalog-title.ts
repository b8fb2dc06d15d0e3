/** A package's catalog title, or a neutral label when it has none that may be shown publicly. */
export const catalogTitle = (pkg: { title: string }): string => pkg.title.trim() || 'Designated package';
