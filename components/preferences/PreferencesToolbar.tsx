import type { PageMode } from '@/lib/routes';
import { ModeSwitch } from './ModeSwitch';
import { TextSizeControls } from './TextSizeControls';
import { ThemePicker } from './ThemePicker';
import styles from './PreferencesToolbar.module.css';

/** 适老版, text size and colours: the reading preferences, first in the settings. */
export function PreferencesToolbar({ routeMode, label }: { routeMode: PageMode; label: string }) {
  return (
    <div className={styles.controls} role="group" aria-label={label} data-plain-hidden>
      <ModeSwitch routeMode={routeMode} />
      <TextSizeControls />
      <ThemePicker />
    </div>
  );
}
