/**
 * The synthetic documents the e2e build imports (scripts/e2e-content.ts), one of each format and shape offices
 * publish, never published themselves; none has summaries or a glossary, so each is read as a normal document.
 * `sections` lists the section ids each must have, in reading order, as the hand-written structure of its source.
 */
export const e2eDocuments = [
  { slug: 'fire-notice', title: '某县人民政府关于做好2025年冬春季森林防火工作的通知', sections: ['introduction', '1', '2-1', '2-2', '3'] },
  { slug: 'farm-machinery', title: '某市某区农业农村局关于开展2025年度农机安全生产检查的通知', sections: ['introduction', '1', '2', '3'] },
  { slug: 'pension-increase', title: '关于2026年提高城乡居民基础养老金标准的政策解读', sections: ['introduction', '1', '2'] },
  { slug: 'living-allowance', title: '关于发放2025年度高龄津贴的通知', sections: ['introduction', '1', '2', '3'] },
  { slug: 'medical-insurance', title: '某市医疗保障局关于调整2026年度城乡居民医保缴费标准的通知', sections: ['introduction', '1', '2'] },
  { slug: 'home-care-rules', title: '某市居家养老服务办法', sections: ['introduction', '1-1', '1-2', '1-3'] },
  { slug: 'public-posts', title: '某县人民政府办公室关于印发《某县农村公益性岗位管理办法》的通知', sections: ['introduction', '1-1', '1-2'] },
  { slug: 'pension-questions', title: '城乡居民养老保险热点问答', sections: ['introduction', '1-1', '1-2', '1-3'] },
  { slug: 'heating-notice', title: '某区人民政府关于冬季供暖有关事项的通告', sections: ['introduction', '1', '2', '3'] },
  { slug: 'certification-guide', title: '一文说清：手机上怎样办理养老资格认证', sections: ['1'] },
  { slug: 'subsidy-rules', title: '某县养老服务补贴发放细则', sections: ['1-1', '1-2'] },
  { slug: 'community-canteen', title: '社区食堂开进小区', sections: ['1-1', '1-2'] },
] as const;
