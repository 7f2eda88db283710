import { ref } from 'vue';

/** A message that survives one navigation, e.g. "Planen är inskickad" after moving from the form to the account. */
export const flash = ref<{ kind: 'success' | 'error' | 'info'; text: string } | null>(null);

export function takeFlash() {
  const message = flash.value;
  flash.value = null;
  return message;
}
