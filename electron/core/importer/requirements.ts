/** Requirements: the list items under requirement headings (Requirements, Ihr Profil, Requisitos, ...). */

const REQUIREMENT_HEADING = new RegExp(
  '^(?:(?:(?:required|minimum|basic|preferred|desired|key|essential|additional|technical|your)\\s+)?' +
    '(?:requirements?|qualifications?|skills(?:\\s+(?:and|&)\\s+(?:experience|qualifications))?|experience(?:\\s+requirements)?|educational\\s+requirements|education\\s+requirements|skills\\s+required|profile|expertise)' +
    "|what\\s+you(?:['’]ll|\\s+will)?\\s+(?:bring|need)(?:\\s+to\\s+succeed)?|what\\s+we(?:['’]re|\\s+are)\\s+looking\\s+for|who\\s+you\\s+are|about\\s+you|your\\s+(?:profile|skills|background|areas\\s+of\\s+expertise)|must[- ]haves?|nice[- ]to[- ]haves?|what\\s+should\\s+you\\s+bring(?:\\s+along)?|you\\s+(?:have|bring|should\\s+have)" +
    '|anforderungen|ihr\\s+profil|dein\\s+profil|das\\s+bringst\\s+du\\s+mit|das\\s+bringen\\s+sie\\s+mit|was\\s+(?:du|sie)\\s+mitbring(?:st|en)|qualifikation(?:en)?|voraussetzungen' +
    '|requisitos(?:\\s+(?:mínimos|deseables))?|perfil(?:\\s+(?:buscado|requerido|del\\s+candidato))?|qué\\s+buscamos|lo\\s+que\\s+buscamos|qué\\s+necesitas|tu\\s+perfil' +
    '|profil\\s+recherché|votre\\s+profil|ton\\s+profil|compétences(?:\\s+requises)?|exigences|ce\\s+que\\s+nous\\s+recherchons|qualifications\\s+requises' +
    ')[\\s:?!.…]*$',
  'i',
);

const HEADING = /^(#{1,6}) (.*)$/;
const ITEM = /^\s*- (.*)$/;
const MAX_ITEMS = 40;

function headingText(line: string): { level: number; text: string } | null {
  const h = HEADING.exec(line);
  if (h) return { level: (h[1] ?? '').length, text: (h[2] ?? '').trim() };
  const t = line.trim();
  // A short line on its own, often ending in a colon or question mark, works as a heading in copied text.
  if (t.length > 0 && t.length <= 60 && !ITEM.test(line)) return { level: 0, text: t };
  return null;
}

export function isRequirementHeading(line: string): boolean {
  const h = headingText(line);
  return h !== null && REQUIREMENT_HEADING.test(h.text.replace(/^[*_]+|(?<![*_])[*_]+$/g, '').trim());
}

export function findRequirements(lines: readonly string[]): string[] {
  const items: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length && items.length < MAX_ITEMS; i++) {
    const line = lines[i] ?? '';
    if (!isRequirementHeading(line)) continue;
    const level = headingText(line)?.level ?? 0;
    let collected = 0;
    let j = i + 1;
    for (; j < lines.length && items.length < MAX_ITEMS; j++) {
      const next = lines[j] ?? '';
      if (next.trim() === '') continue;
      const item = ITEM.exec(next);
      if (item) {
        const text = (item[1] ?? '').replace(/\s+/g, ' ').trim();
        const key = text.toLowerCase();
        if (text.length >= 3 && text.length <= 400 && !seen.has(key)) {
          seen.add(key);
          items.push(text);
        }
        collected++;
        continue;
      }
      const h = HEADING.exec(next);
      if (h) {
        // A deeper markdown heading is a subsection (### Technical Skills under ## Requirements).
        if (level > 0 && (h[1] ?? '').length > level && !isRequirementHeading(next)) continue;
        break;
      }
      if (isRequirementHeading(next)) break;
      // Prose inside a markdown section can sit between lists; in plain text a paragraph after the list ends it.
      if (level > 0) continue;
      if (collected > 0) break;
      if (next.trim().length > 200) break;
    }
    i = j - 1;
  }
  return items;
}
