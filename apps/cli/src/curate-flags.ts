// Zod schemas for the flags of `shabaka curate …` and `shabaka search`: commander parses the words, zod checks
// the values (the request itself is checked again by CurationRequest in the store).
import { EntityType } from '@shabaka/schema';
import { z } from 'zod';

const authorship = {
  store: z.string().optional(),
  by: z.string().trim().min(1).max(200).optional(),
  why: z.string().trim().max(2000).optional(),
  json: z.boolean().default(false),
};

export const CurateFlags = z.object(authorship);
export type CurateFlags = z.infer<typeof CurateFlags>;

export const SplitFlags = z.object({
  ...authorship,
  name: z.string().trim().min(1),
  nameEn: z.string().trim().min(1).optional(),
});
export type SplitFlags = z.infer<typeof SplitFlags>;

export const RenameFlags = z
  .object({
    ...authorship,
    name: z.string().trim().min(1).optional(),
    nameEn: z.string().trim().min(1).optional(),
    type: EntityType.optional(),
  })
  .refine((f) => f.name !== undefined || f.nameEn !== undefined || f.type !== undefined, {
    message: 'give --name, --name-en or --type',
    path: ['name'],
  });
export type RenameFlags = z.infer<typeof RenameFlags>;

export const SearchFlags = z.object({
  store: z.string().optional(),
  type: z.array(EntityType).default([]),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  json: z.boolean().default(false),
});
export type SearchFlags = z.infer<typeof SearchFlags>;
