import { redirect } from 'next/navigation';
import { tenantHomeUrl } from '@/lib/routes';

export default function AppIndex() {
  redirect(tenantHomeUrl);
}
