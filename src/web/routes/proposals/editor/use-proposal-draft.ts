import { useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { Proposal, ProposalContent } from '../../../api/types.ts';
import { getIn, normalizeContent, reindexPaths, setIn, validateContent } from '../content-model.ts';
import type { EditorBindings } from '../field-for.tsx';

export type DraftMessage = { type: 'success' | 'error'; text: string };
type Errors = Record<string, string>;

export type ProposalDraft = {
  content: ProposalContent;
  /** The targets as typed; the content holds them parsed. */
  targetsText: string;
  setTargetsText: (text: string) => void;
  dirty: boolean;
  busy: boolean;
  message: DraftMessage | null;
  /** Whether every error is shown (after a save attempt), not only those of the fields left. */
  showAll: boolean;
  touched: readonly string[];
  /** Counts the failed save attempts, so the error summary takes focus again on each. */
  attempt: number;
  /** The client's and the server's errors by content path. */
  allErrors: Errors;
  /** The errors to show now: all of them after a save attempt, else those of touched fields and the server's. */
  visibleErrors: Errors;
  bind: EditorBindings;
  change: (path: string, value: unknown) => void;
  addItem: (listPath: string, item: Record<string, unknown>) => void;
  removeItem: (listPath: string, index: number) => void;
  /** Validates, then saves; the saved proposal, or null when the content or the server refused it. */
  save: () => Promise<Proposal | null>;
  /** Saves unsaved changes first, then submits; throws with a message for the dialog when it cannot. */
  submit: () => Promise<void>;
};

const listAt = (content: ProposalContent, listPath: string): unknown[] =>
  (getIn(content, listPath) as unknown[] | undefined) ?? [];

/** The editor's state of a proposal's draft: local content, dirty tracking, validation, saving and submitting. */
export const useProposalDraft = (proposal: Proposal, onChanged: (proposal: Proposal) => void): ProposalDraft => {
  const [content, setContent] = useState<ProposalContent>(proposal.draft);
  const [targetsText, setTargetsText] = useState(proposal.draft.targets.join(', '));
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [message, setMessage] = useState<DraftMessage | null>(null);
  const [busy, setBusy] = useState(false);

  // without local changes, the editor follows the proposal (after a save, a submission, a reload)
  useEffect(() => {
    if (!dirty) {
      setContent(proposal.draft);
      setTargetsText(proposal.draft.targets.join(', '));
    }
  }, [proposal, dirty]);

  const clientErrors = useMemo(() => validateContent(content), [content]);
  const allErrors = useMemo(() => ({ ...serverErrors, ...clientErrors }), [serverErrors, clientErrors]);
  const visibleErrors = useMemo(() => {
    if (showAll) return allErrors;
    const shown: Errors = {};
    for (const [path, text] of Object.entries(allErrors))
      if (touched.some((t) => path === t || path.startsWith(`${t}.`)) || path in serverErrors) shown[path] = text;
    return shown;
  }, [allErrors, showAll, touched, serverErrors]);

  const bciSet = useMemo(() => new Set(content.bci), [content.bci]);

  const change = (path: string, value: unknown) => {
    setContent((current) => setIn(current, path, value));
    setDirty(true);
    setMessage(null);
    if (path in serverErrors) {
      const { [path]: _removed, ...rest } = serverErrors;
      setServerErrors(rest);
    }
  };

  const bind: EditorBindings = {
    errors: visibleErrors,
    bci: bciSet,
    onChange: change,
    onBlur: (path) => setTouched((current) => (current.includes(path) ? current : [...current, path])),
    onToggleBci: (path, checked) => {
      setContent((current) => ({
        ...current,
        bci: checked ? [...new Set([...current.bci, path])] : current.bci.filter((p) => p !== path),
      }));
      setDirty(true);
    },
  };

  const addItem = (listPath: string, item: Record<string, unknown>) => {
    setContent((current) => setIn(current, listPath, [...listAt(current, listPath), item]));
    setDirty(true);
  };

  const removeItem = (listPath: string, index: number) => {
    setContent((current) => {
      const next = setIn(
        current,
        listPath,
        listAt(current, listPath).filter((_, i) => i !== index),
      );
      return { ...next, bci: reindexPaths(current.bci, listPath, index) };
    });
    setTouched((current) => reindexPaths(current, listPath, index));
    setServerErrors({});
    setDirty(true);
  };

  const showAllErrors = () => {
    setShowAll(true);
    setAttempt((n) => n + 1);
  };

  const save = async (): Promise<Proposal | null> => {
    setMessage(null);
    if (Object.keys(clientErrors).length > 0) {
      showAllErrors();
      return null;
    }
    setBusy(true);
    try {
      const { proposal: saved } = await api.saveDraft(proposal.id, normalizeContent(content));
      setDirty(false);
      setServerErrors({});
      setTouched([]);
      setShowAll(false);
      onChanged(saved);
      setMessage({ type: 'success', text: 'Draft saved.' });
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        // the server names paths from the request body ({ content }), the editor from the content
        setServerErrors(
          Object.fromEntries(
            Object.entries(error.fieldErrors()).map(([path, text]) => [path.replace(/^content\./, ''), text]),
          ),
        );
        showAllErrors();
      }
      setMessage({ type: 'error', text: error instanceof Error ? error.message : String(error) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (dirty) {
      const saved = await save();
      if (!saved) throw new Error('Fix the fields listed above, then submit again.');
      if (!saved.canSubmit) throw new Error('This proposal cannot be submitted by your account.');
    }
    const { proposal: submitted } = await api.submit(proposal.id);
    setMessage(null);
    onChanged(submitted);
  };

  return {
    content,
    targetsText,
    setTargetsText,
    dirty,
    busy,
    message,
    showAll,
    touched,
    attempt,
    allErrors,
    visibleErrors,
    bind,
    change,
    addItem,
    removeItem,
    save,
    submit,
  };
};
