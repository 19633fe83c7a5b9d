import { ErrorCode, ItemCategory } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';

/**
 * Never accepted for storage (docs/domain.md §4.3): dangerous goods, firearms, animals, food and
 * valuables. Only check-in applies it; the contract carries the categories, not the rule.
 */
export const PROHIBITED_CATEGORIES: readonly ItemCategory[] = [
  ItemCategory.Flammable,
  ItemCategory.Explosive,
  ItemCategory.Corrosive,
  ItemCategory.Toxic,
  ItemCategory.Radioactive,
  ItemCategory.Firearms,
  ItemCategory.Animals,
  ItemCategory.Food,
  ItemCategory.Valuables,
];

/** The refusal names each prohibited category declared, so the clerk can tell the depositor which. */
export function assertAccepted(categories: ItemCategory[]): void {
  const refused = categories.filter((c) => PROHIBITED_CATEGORIES.includes(c));
  if (refused.length === 0) return;
  const names = refused.map((c) => c.toLowerCase().replaceAll('_', ' '));
  throw new DomainError(ErrorCode.ProhibitedItem, `not accepted for storage: ${names.join(', ')}`, {
    categories: refused,
    errors: [{ field: 'categories', message: `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} never accepted for storage` }],
  });
}
