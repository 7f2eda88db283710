import { onUnmounted, watch, type Ref } from 'vue';

/**
 * Long work shows its progress: while `active`, `refresh` runs every few seconds, so the page moves on without a
 * reload; it stops when the work is done or the page is left.
 */
export function useRefreshWhile(active: Ref<boolean>, refresh: () => void, everyMs = 3_000): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  watch(
    active,
    (on) => {
      stop();
      if (on) timer = setInterval(refresh, everyMs);
    },
    { immediate: true },
  );
  onUnmounted(stop);
}
