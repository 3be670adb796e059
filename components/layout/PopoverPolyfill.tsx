'use client';

import { useEffect } from 'react';

/**
 * Glossary and editor's-note explanations are native popovers. Where popover is missing (Safari before 17,
 * Chromium before 114: WeChat on an older iPhone, Huawei's browser), @oddbird/popover-polyfill makes the same
 * markup open on tap and close with Esc or 关闭. It is fetched only there: other browsers load nothing more.
 */
export function PopoverPolyfill() {
  useEffect(() => {
    if (!('popover' in HTMLElement.prototype)) void import('@oddbird/popover-polyfill');
  }, []);
  return null;
}
