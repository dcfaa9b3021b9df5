import fs from 'node:fs';
import type { detailsApi } from '../../../shared/api-details';
import { ApiError } from '../../../shared/envelope';
import { placeApplication, undoMove } from '../store/applications';
import {
  addAttachment,
  decodeBase64File,
  deleteAttachment,
  getAttachment,
  removeStoredFile,
  requireDataDir,
  storeAttachmentFile,
  resolveStoredFile,
  storedNameOf,
  updateAttachment,
} from '../store/attachments';
import { addContact, deleteContact, updateContact } from '../store/contacts';
import { restoreDeletedApplication } from '../store/deleted-applications';
import { addNote, deleteNote, updateNote } from '../store/notes';
import { listTags } from '../store/tags';
import { listTimeline } from '../store/timeline';
import type { HandlerMap } from './types';

function readStored(dataDir: string, storedName: string): Buffer {
  const file = resolveStoredFile(dataDir, storedName);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new ApiError('NOT_FOUND', 'The file of this document is missing from the data folder; attach it again.');
  }
}

export const detailsHandlers: HandlerMap<keyof typeof detailsApi> = {
  'notes.add': ({ db, now }, { applicationId, body }) => addNote(db, applicationId, body, now().toISOString()),
  'notes.update': ({ db, now }, { id, body }) => updateNote(db, id, body, now().toISOString()),
  'notes.delete': ({ db }, { id }) => {
    deleteNote(db, id);
    return { id };
  },

  'contacts.add': ({ db, now }, { applicationId, name, role, email, phone, profileUrl }) =>
    addContact(
      db,
      { applicationId, name, role: role || null, email: email ?? null, phone: phone || null, profileUrl: profileUrl ?? null },
      now().toISOString(),
    ),
  'contacts.update': ({ db }, { id, patch }) => updateContact(db, id, patch),
  'contacts.delete': ({ db }, { id }) => {
    deleteContact(db, id);
    return { id };
  },

  'attachments.add': ({ db, dataDir, now }, input) => {
    const dir = requireDataDir(dataDir);
    const source = { bytes: decodeBase64File(input.source.base64) };
    const { storedName, sizeBytes } = storeAttachmentFile(dir, input.fileName, source);
    try {
      return addAttachment(
        db,
        {
          applicationId: input.applicationId,
          fileName: input.fileName,
          storedName,
          mimeType: input.mimeType ?? null,
          sizeBytes,
          kind: input.kind ?? 'other',
          versionLabel: input.versionLabel || null,
        },
        now().toISOString(),
      );
    } catch (err) {
      removeStoredFile(dir, storedName);
      throw err;
    }
  },
  'attachments.update': ({ db }, { id, ...patch }) => updateAttachment(db, id, patch),
  'attachments.open': ({ db, dataDir }, { id }) => {
    const dir = requireDataDir(dataDir);
    const { fileName } = getAttachment(db, id);
    return { path: resolveStoredFile(dir, storedNameOf(db, id)), fileName };
  },
  'attachments.read': ({ db, dataDir }, { id }) => {
    const dir = requireDataDir(dataDir);
    const { fileName, mimeType } = getAttachment(db, id);
    return { fileName, mimeType, base64: readStored(dir, storedNameOf(db, id)).toString('base64') };
  },
  'attachments.delete': ({ db, dataDir }, { id }) => {
    const stored = deleteAttachment(db, id);
    removeStoredFile(dataDir, stored);
    return { id };
  },

  'applications.timeline': ({ db }, { id }) => listTimeline(db, id),
  'applications.place': ({ db, now }, { id, stageId, beforeId, afterId }) =>
    placeApplication(db, id, stageId, beforeId, now().toISOString(), afterId),
  'applications.undoMove': ({ db, now }, { id, ...previous }) => undoMove(db, id, previous, now().toISOString()),
  'applications.restore': ({ db }, { id }) => restoreDeletedApplication(db, id),
  'tags.list': ({ db }) => listTags(db),
};
