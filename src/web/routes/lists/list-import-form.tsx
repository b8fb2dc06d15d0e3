import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ListFormat } from '../../../core/screening/lists/list-entry.ts';
import { LIST_FORMATS } from '../../../core/screening/lists/list-entry.ts';
import { ApiError, api } from '../../api/client.ts';
import type { ListImportResult } from '../../api/types.ts';
import { Alert } from '../../components/alert.tsx';
import { JobStatus } from './job-status.tsx';
import { useJob } from './use-job.ts';

const FORMAT_LABELS: Record<ListFormat, string> = {
  csl: 'Consolidated Screening List (trade.gov CSV or JSON)',
  ofac: 'OFAC SDN (CSV)',
  un: 'UN Security Council (XML)',
  dpl: 'Denied Persons List',
  watchlist: 'Own watchlist (CSV: id,name,aliases,type,countries,source)',
};

type Problem = { message: string; shrink: boolean };

/** Import one list file: the file picker, its source and format; a refused shrink can be allowed with a reason. */
export const ListImportForm = ({ onImported }: { onImported: () => void }) => {
  const ids = { source: useId(), format: useId(), file: useId(), asOf: useId(), reason: useId(), reasonError: useId() };
  const [format, setFormat] = useState<ListFormat>('csl');
  const [source, setSource] = useState('csl');
  const [file, setFile] = useState<File | null>(null);
  const [asOf, setAsOf] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<ListImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { job } = useJob(result?.jobId ?? null);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const onFormat = (next: ListFormat) => {
    setFormat(next);
    // the source must fit the format: keep a watchlist's own name, otherwise follow the format
    if (next === 'watchlist') setSource((s) => (s.startsWith('watchlist:') ? s : 'watchlist:'));
    else setSource(next);
  };

  const send = async (allowShrink: boolean) => {
    if (!file) {
      setProblem({ message: 'Choose a list file to import.', shrink: false });
      return;
    }
    if (allowShrink && reason.trim() === '') {
      setReasonError('Give the reason for allowing this version.');
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setReasonError(null);
    try {
      const content = await file.text();
      const imported = await api.importList({
        source: source.trim(),
        format,
        content,
        fileName: file.name,
        ...(asOf ? { asOf } : {}),
        ...(allowShrink ? { allowShrink: true, reason: reason.trim() } : {}),
      });
      setProblem(null);
      setReason('');
      setResult(imported);
      onImported();
    } catch (caught) {
      setResult(null);
      const message = caught instanceof Error ? caught.message : String(caught);
      const shrink = caught instanceof ApiError && caught.status === 409 && caught.code !== 'lists_unavailable';
      setProblem({ message, shrink: shrink || (problem?.shrink === true && allowShrink) });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  return (
    <section aria-labelledby={`${ids.source}-heading`} className="margin-top-4">
      <h2 id={`${ids.source}-heading`}>Import a list file</h2>
      <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
        <label className="usa-label" htmlFor={ids.format}>
          Format
        </label>
        <select
          className="usa-select"
          id={ids.format}
          value={format}
          onChange={(event) => onFormat(event.target.value as ListFormat)}
        >
          {LIST_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <label className="usa-label" htmlFor={ids.source}>
          Source
        </label>
        <div className="usa-hint" id={`${ids.source}-hint`}>
          The format's name (csl, ofac, un, dpl), or watchlist:NAME for an own watchlist.
        </div>
        <input
          className="usa-input"
          id={ids.source}
          aria-describedby={`${ids.source}-hint`}
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
        <label className="usa-label" htmlFor={ids.file}>
          List file
        </label>
        <input
          className="usa-input"
          id={ids.file}
          type="file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <label className="usa-label" htmlFor={ids.asOf}>
          As of <span className="text-base text-normal">(optional)</span>
        </label>
        <div className="usa-hint" id={`${ids.asOf}-hint`}>
          The list's publication date, YYYY-MM-DD; the file's own date is used when it has one.
        </div>
        <input
          className="usa-input"
          id={ids.asOf}
          aria-describedby={`${ids.asOf}-hint`}
          value={asOf}
          placeholder="YYYY-MM-DD"
          onChange={(event) => setAsOf(event.target.value)}
        />
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>

      {problem && (
        <Alert ref={problemRef} type="error" heading="The list was not imported">
          {problem.message}
        </Alert>
      )}
      {problem?.shrink && (
        <fieldset className="usa-fieldset margin-top-2">
          <legend className="usa-legend usa-legend--large">Import it anyway</legend>
          <p>
            The current version stays in use unless you allow this one. Say why the smaller list is right (for example
            the issuer's notice); the reason is kept in the audit trail and raises an alert.
          </p>
          <div className={`usa-form-group${reasonError ? ' usa-form-group--error' : ''}`}>
            <label className={`usa-label${reasonError ? ' usa-label--error' : ''}`} htmlFor={ids.reason}>
              Reason for allowing the shrink
            </label>
            {reasonError && (
              <span className="usa-error-message" id={ids.reasonError}>
                {reasonError}
              </span>
            )}
            <textarea
              ref={reasonRef}
              className={`usa-textarea${reasonError ? ' usa-input--error' : ''}`}
              id={ids.reason}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? ids.reasonError : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button
            type="button"
            className="usa-button usa-button--secondary margin-top-2"
            disabled={busy}
            onClick={() => void send(true)}
          >
            Allow the shrink and import
          </button>
        </fieldset>
      )}
      {result && (
        <Alert
          ref={resultRef}
          type="success"
          heading={result.duplicate ? 'Identical to the current version' : 'List imported'}
        >
          {result.version.source}: {result.version.entryCount} entries as of {result.version.asOf}
          {result.diff &&
            ` · ${result.diff.added} added, ${result.diff.removed} removed, ${result.diff.changed} changed`}
          {result.duplicate && ' · nothing changed'}
        </Alert>
      )}
      {result?.jobId && <JobStatus label="Re-screening the parties" job={job} />}
    </section>
  );
};
