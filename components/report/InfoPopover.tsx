import type { ReactNode } from 'react';
import styles from './InfoPopover.module.css';

type Props = {
  id: string;
  trigger: ReactNode;
  triggerClassName: string;
  /** Marks the trigger's text as the report's own words (for the fidelity check) when it is. */
  triggerIsOriginal?: boolean;
  title: ReactNode;
  body: ReactNode;
  closeLabel: string;
  /** Offers 朗读 for the explanation (needs JavaScript, like all reading aloud). */
  readAloudLabel?: string;
  lang: string;
};

/**
 * A button that opens a panel of explanation beside the text: a native popover, so it opens on tap,
 * click or Enter and closes with Esc or its own close button without JavaScript. Where popover is
 * unsupported, @oddbird/popover-polyfill does the same (components/layout/PopoverPolyfill.tsx); there, with
 * JavaScript off, the panel simply shows inline.
 */
export function InfoPopover(props: Props) {
  const { id, trigger, triggerClassName, triggerIsOriginal, title, body, closeLabel, readAloudLabel, lang } = props;
  return (
    <>
      <button
        type="button"
        className={triggerClassName}
        popoverTarget={id}
        {...(triggerIsOriginal ? { 'data-original-text': true } : { 'data-editorial': true })}
      >
        {trigger}
      </button>
      <span id={id} popover="auto" className={styles.popover} data-editorial lang={lang}>
        <strong className={styles.title}>{title}</strong>
        <span id={`${id}-body`}>{body}</span>
        <span className={styles.actions}>
          {readAloudLabel && (
            <button type="button" className={`control ${styles.readAloud}`} data-read-only={`${id}-body`}>
              <span aria-hidden="true">▶ </span>
              {readAloudLabel}
            </button>
          )}
          <button type="button" className="control control-primary" popoverTarget={id} popoverTargetAction="hide">
            {closeLabel}
          </button>
        </span>
      </span>
    </>
  );
}
