/** The Embed button's look, computed where the button is placed (server components), so its code needs no Button. */
import { buttonClass } from '@/components/ui/Button';

export const embedButtonClass = () => buttonClass({ variant: 'subtle', size: 'sm', gap: 'tight', className: 'print:hidden' });
