/** Prints one benchmark figure beside its target. */
export const report = (label: string, value: string, target = '', met?: boolean): void => {
  const mark = met === undefined ? ' ' : met ? '✔' : '✘';
  console.log(`${mark} ${label.padEnd(52)} ${value.padStart(14)}   ${target}`);
};

export const section = (title: string): void => console.log(`\n## ${title}`);

export const percent = (value: number): string => `${(value * 100).toFixed(2)}%`;
