import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { ScreenResponse } from '../../api/types.ts';
import { Alert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatScore } from '../compliance/hit-format.ts';
import { ListAge, ListsUsed } from '../lists/list-age.tsx';
import { parseNames } from './parse-names.ts';

type NameHit = ScreenResponse['results'][number]['hits'][number];
type Problem = { heading: string; message: string };

type UsedList = ScreenResponse['lists'][number];

/** The possible matches of one name; each names its list with the version's as-of date and age. */
const hitColumns = (lists: readonly UsedList[]): Column<NameHit>[] => [
  { key: 'matched', header: 'Matched name', rowHeader: true, render: (h) => h.matchedName },
  { key: 'entry', header: 'Listed as', render: (h) => h.name },
  {
    key: 'list',
    header: 'List',
    render: (h) => {
      const list = lists.find((l) => l.source === h.listSource);
      return (
        <>
          {h.listName} ({h.listSource})
          {list && (
            <>
              <br />
              as of {list.asOf}, <ListAge list={list} />
            </>
          )}
        </>
      );
    },
  },
  { key: 'score', header: 'Score', render: (h) => formatScore(h.score) },
  { key: 'why', header: 'Explanation', render: (h) => h.explanation },
];

const problemOf = (caught: unknown): Problem => {
  if (caught instanceof ApiError) {
    if (caught.status === 409)
      return {
        heading: 'No screening list is loaded',
        message: `${caught.message} Nobody can be cleared against no list: ask a compliance officer to load one on the Screening lists page.`,
      };
    if (caught.status === 400) {
      const first = caught.details[0];
      return {
        heading: 'Check the names',
        message: first ? `${caught.message} (${first.path}: ${first.message})` : caught.message,
      };
    }
    return { heading: 'The names could not be screened', message: caught.message };
  }
  return { heading: 'The names could not be screened', message: String(caught) };
};

/** One-off screening of typed names against the current lists (government roles); nothing is stored as a party. */
export const ScreenNamesPage = () => {
  const ids = { names: useId(), hint: useId(), error: useId() };
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<ScreenResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const noListRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (result && result.lists.length === 0) noListRef.current?.focus();
    else if (result) resultRef.current?.focus();
  }, [result]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const names = parseNames(text);
    if (names.length === 0) {
      setInputError('Type at least one name.');
      textRef.current?.focus();
      return;
    }
    setInputError(null);
    setProblem(null);
    setBusy(true);
    try {
      setResult(await api.screen(names));
    } catch (caught) {
      setResult(null);
      setProblem(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="Screen names">Screen names</PageTitle>
      <p className="usa-intro margin-top-0">
        Check names against the denied-party lists in use, without adding them to a proposal.
      </p>
      <form className="usa-form usa-form--large" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className={`usa-form-group${inputError ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${inputError ? ' usa-label--error' : ''}`} htmlFor={ids.names}>
            Names to screen
          </label>
          <div className="usa-hint" id={ids.hint}>
            One name per line. Add a country as a two-letter code after a comma, for example "Acme Trading LLC, AE".
          </div>
          {inputError && (
            <span className="usa-error-message" id={ids.error}>
              {inputError}
            </span>
          )}
          <textarea
            ref={textRef}
            className={`usa-textarea${inputError ? ' usa-input--error' : ''}`}
            id={ids.names}
            rows={8}
            value={text}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={inputError ? `${ids.hint} ${ids.error}` : ids.hint}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {busy ? 'Screening…' : 'Screen'}
        </button>
      </form>

      {problem && (
        <Alert ref={problemRef} type="error" heading={problem.heading}>
          {problem.message}
        </Alert>
      )}
      {result && result.lists.length === 0 && (
        <Alert ref={noListRef} type="error" heading="No screening list is loaded">
          The server screened the names against no list, so nobody is cleared. Ask a compliance officer to load one on
          the Screening lists page.
        </Alert>
      )}
      {result && result.lists.length > 0 && (
        <section aria-labelledby="screen-results" className="margin-top-4">
          <h2 id="screen-results" ref={resultRef} tabIndex={-1}>
            Results
          </h2>
          <ListsUsed lists={result.lists} caption="Lists screened against, with their as-of date and age" />
          {result.results.map((r, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be typed twice; the order is the key
            <section key={index} aria-label={`Result for ${r.query}`} className="margin-top-2">
              <h3 className="margin-bottom-1">
                {r.query}{' '}
                <span className={`usa-tag ${r.hits.length > 0 ? 'bg-gold text-ink' : 'bg-green'}`}>
                  {r.hits.length === 0
                    ? 'No match'
                    : r.hits.length === 1
                      ? '1 possible match'
                      : `${r.hits.length} possible matches`}
                </span>
              </h3>
              <DataTable
                caption={`Possible matches for ${r.query}`}
                captionHidden
                columns={hitColumns(result.lists)}
                rows={r.hits}
                rowKey={(h, i) => `${h.listSource}-${h.entryId}-${i}`}
                scrollLabel={`Possible matches for ${r.query}`}
                compact
              />
            </section>
          ))}
        </section>
      )}
    </>
  );
};
