import type { Posting } from '../../../shared/domain';

/**
 * The posting exactly as it was saved, shown as text. Postings come from the web and from e-mail, so
 * their markup is never rendered: React escapes the text, so no script, handler, `javascript:` link,
 * iframe or hidden-text trick in a posting can run or mislead. The readable text the importer kept is
 * shown first; the verbatim original (HTML source, e-mail source) is one click away.
 */
export function OriginalPosting({ posting }: { posting: Posting }) {
  if (!posting.originalText) return <p className="muted">This application was added by hand; there is no saved posting text.</p>;
  const verbatimDiffers = posting.originalText.trim() !== posting.cleanText.trim();
  return (
    <section className="original-posting" aria-label="Original posting">
      <pre className="posting-text">{posting.cleanText || posting.originalText}</pre>
      {verbatimDiffers && (
        <details>
          <summary>
            Show the original {posting.format === 'html' ? 'page source' : posting.format === 'eml' ? 'e-mail' : 'text'} as saved
          </summary>
          <pre className="posting-text">{posting.originalText}</pre>
        </details>
      )}
    </section>
  );
}
