import { useState } from 'preact/hooks';

/** A short message in the overlay (role status), gone after 3.5 s or when another replaces it. */
export function useToast(): [string | null, (message: string) => void] {
  const [toast, setToast] = useState<string | null>(null);
  const notify = (message: string) => {
    setToast(message);
    setTimeout(() => setToast((m) => (m === message ? null : m)), 3500);
  };
  return [toast, notify];
}
