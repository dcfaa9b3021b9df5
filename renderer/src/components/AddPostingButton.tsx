/** "Add posting": paste, pick or drop a posting, review the fields read from it, save (the importer issue). */
export function AddPostingButton() {
  return null;
}
