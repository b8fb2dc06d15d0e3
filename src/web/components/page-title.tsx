import { type ReactNode, useEffect } from 'react';

/** The page's h1; also sets the document title so each route is announced. */
export const PageTitle = ({ children, title }: { children: ReactNode; title: string }) => {
  useEffect(() => {
    document.title = `${title} | American AI Exports Program`;
  }, [title]);
  return <h1 className="margin-top-0">{children}</h1>;
};
