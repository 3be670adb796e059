import { PrintButton } from '@/components/layout/PrintButton';
import { Share } from './Share';
import styles from './PageActions.module.css';

type Props = {
  path: string;
  /** The title a share carries; without it, the page offers 打印 alone. */
  shareTitle?: string;
};

/** 分享 and 打印 for the page at `path`, side by side; the share panel opens on a row of its own below them. */
export function PageActions({ path, shareTitle }: Props) {
  return (
    <div className={styles.actions} data-print-hidden>
      {shareTitle !== undefined && <Share path={path} title={shareTitle} />}
      <PrintButton />
    </div>
  );
}
