/** A file's bytes as base64, in chunks so a large file does not overflow the call stack. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const POSTING_FILE_TYPES = '.txt,.md,.html,.htm,.eml,.json,text/plain,text/html,message/rfc822,application/json';
