import type { Posting } from '../../../shared/domain';

/** The posting as saved, rendered safely: as text, never as live HTML. */
export function OriginalPosting({ posting }: { posting: Posting }) {
  if (!posting.originalText) return <p className="muted">This application was added by hand; there is no saved posting text.</p>;
  return <pre className="original-posting">{posting.originalText}</pre>;
}
