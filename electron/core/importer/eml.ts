/** Recruiters' e-mails (.eml): postal-mime decodes headers, quoted-printable, base64 and multipart. */
import PostalMime from 'postal-mime';

export interface DecodedEmail {
  subject: string | null;
  /**
   * Reply-To, then From: where the recruiter asks to be answered. None for a mailing (a job alert, a newsletter:
   * it carries List-Unsubscribe, or says it is bulk or automatic), whose sender is the board's machine.
   */
  senders: string[];
  date: Date | null;
  text: string | null;
  html: string | null;
}

export async function decodeEmail(raw: string): Promise<DecodedEmail> {
  const email = await PostalMime.parse(raw);
  const senders: string[] = [];
  const header = (name: string) =>
    email.headers
      .find((h) => h.key === name)
      ?.value.trim()
      .toLowerCase() ?? null;
  const auto = header('auto-submitted');
  const mailing =
    header('list-unsubscribe') !== null ||
    header('list-id') !== null ||
    /^(?:bulk|list|junk)$/.test(header('precedence') ?? '') ||
    (auto !== null && auto !== 'no');
  for (const a of mailing ? [] : [...(email.replyTo ?? []), ...(email.from ? [email.from] : [])]) {
    if ('address' in a && typeof a.address === 'string' && a.address) senders.push(a.address);
  }
  const date = email.date ? new Date(email.date) : null;
  return {
    subject: email.subject?.trim() || null,
    senders,
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    text: email.text?.trim() ? email.text : null,
    html: email.html?.trim() ? email.html : null,
  };
}
