import { z } from 'zod';
import { SOURCE_ID } from '../lib/shared/patterns.ts';
import { SOURCE_PARTS } from '../lib/shared/vocabulary.ts';
import { slug } from './common.ts';

/** One verbatim thesis excerpt. The text lives beside it in `content/sources/<id>.txt`, byte for byte as received. */
export const sourceSchema = z.strictObject({
  /** The seed file's name without `.txt`, e.g. `000_e00c8278a2e82fcf`. */
  id: z.string().regex(SOURCE_ID, 'must be the seed file name without .txt, e.g. 000_e00c8278a2e82fcf'),
  /** The case (thesis) this excerpt belongs to. */
  case: slug,
  /** Which parts of the thesis the excerpt contains. */
  parts: z.array(z.enum(SOURCE_PARTS)).min(1),
  /** Chapter label as printed in the excerpt, e.g. `BAB V`, or omitted for an abstract. */
  chapter: z.string().optional(),
  /** Languages present in the excerpt (ISO 639-1). */
  languages: z.array(z.enum(['id', 'en'])).min(1),
  /** SHA-256 of the text file, recorded when it was copied from the seed: proves the copy is unchanged. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file the text was imported from (`npm run author`, `npm run new-case`), when it was not the text itself. */
  original: z
    .strictObject({
      /** Its name as received, e.g. `skripsi-bab-v.pdf`. */
      file: z.string().min(1),
      format: z.enum(['txt', 'md', 'docx', 'pdf']),
      /** SHA-256 of the original file's bytes. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
});
export type Source = z.infer<typeof sourceSchema>;
