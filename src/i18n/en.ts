/**
 * English UI strings: the reference resource. Every other language must have
 * exactly these keys (checked by the type `UiStrings` and when the newsletter
 * is loaded). `taxonomies` has one entry per declared taxonomy field: its
 * `title` (navigation, index page, article pages), the `label` of one term
 * (search filters, term pages) and the `intro` of its index page.
 * Plural keys end in `_one` / `_other` (Intl.PluralRules categories).
 * A language is given as its code and named by `{{language, languageName}}`.
 * Counts are `{{count, number}}`, formatted for the language ("1,234", "12.345").
 */
export const en = {
  site: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    languageChooserTitle: 'Choose your language',
    languageChooserIntro: 'This newsletter is published in {{languages, languageName}}.',
  },
  nav: {
    home: 'Home',
  },
  language: {
    switcherLabel: 'Language',
    readIn: 'Read this page in {{language, languageName}}',
    notAvailable: 'This story is not available in {{language, languageName}} yet; here it is in {{original, languageName}}.',
    otherChoices: 'You can also browse this edition in {{language, languageName}}:',
    noticeLabel: 'For readers in {{language, languageName}}',
  },
  article: {
    published: 'Published',
    edition: 'Edition',
    inThisEdition: 'In this edition',
    related: 'Related stories',
    previous: 'Previous in this edition',
    next: 'Next in this edition',
    keyFacts: 'Key facts',
    about: 'About this story',
  },
  home: {
    latestEdition: 'Latest edition',
    recentArticles: 'Recent stories',
    browse: 'Browse the newsletter',
    allEditions: 'All editions',
  },
  listing: {
    articleCount_one: '{{count, number}} story',
    articleCount_other: '{{count, number}} stories',
    organizationCount_one: '{{count, number}} organization',
    organizationCount_other: '{{count, number}} organizations',
    newestFirst: 'Stories, newest first',
    empty: 'No stories yet.',
    pagination: 'Pages',
    pageOf: 'Page {{page}} of {{pages}}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    goToPage: 'Page {{page}}',
    countryNotGiven: 'Country not given',
    basedIn: 'Based in {{country}}',
    editionNumber: 'Edition {{number}}',
    feed: 'RSS feed',
    feedFor: 'RSS feed: {{name}}',
  },
  taxonomies: {
    topic: { title: 'Topics', label: 'Topic', intro: 'Every subject the newsletter covers.' },
    country: { title: 'Countries', label: 'Country', intro: 'Stories by the country they come from.' },
    organization: { title: 'Organizations', label: 'Organization', intro: 'Cooperatives, networks and partners named in the stories, by country.' },
    product: { title: 'Products', label: 'Product', intro: 'Stories by what the producers grow.' },
    edition: { title: 'Editions', label: 'Edition', intro: 'Every edition of the newsletter, newest first.' },
  },
  organizationKind: {
    'producer-organization': 'Producers’ organization',
    network: 'Network',
    ngo: 'Non-governmental organization',
    'public-body': 'Public body',
    'international-body': 'International organization',
    education: 'Education',
  },
  search: {
    title: 'Search',
    label: 'Search the newsletter',
    placeholder: 'Search stories',
    button: 'Search',
    intro: 'Type a few words, or choose a topic, country, organization, product or edition.',
    noscript: 'Search needs JavaScript, which is turned off in this browser. You can still browse the stories by',
    or: 'or',
    filters: 'Filter the results',
    sort: 'Order',
    sortRelevance: 'Best match first',
    sortNewest: 'Newest first',
    clear: 'Clear search and filters',
    loading: 'Searching…',
    resultCount_one: '{{count, number}} story found',
    resultCount_other: '{{count, number}} stories found',
    noResults: 'No story matches this search. Try other words or fewer filters.',
    suggestions: 'Narrow the search to:',
    more: 'Show more results',
    error: 'Search could not be loaded. Check your connection and try again.',
  },
  translations: {
    title: 'Translations',
    intro: 'For editors: which stories exist in each language, and which translations are older than their original.',
    story: 'Story',
    edition: 'Edition {{number}}: {{title}}',
    present: 'Translated',
    missing: 'Missing',
    outdated: 'Out of date',
    original: 'Original',
    coverage: '{{done, number}} of {{total, number}} stories up to date in {{language, languageName}}',
    outdatedNotice: 'This translation may be out of date: the original in {{language, languageName}} has changed since.',
    email: 'Email version',
    text: 'text',
    readOriginal: 'Read the original',
    outdatedLabel: 'About this translation',
  },
  email: {
    preheader: '{{title}}: edition {{number}} of {{newsletter}}',
    readMore: 'Read the full story',
    inLanguage: 'In {{language, languageName}}',
    otherLanguage: 'Read this edition in {{language, languageName}}',
    viewOnline: 'Read this edition on the web',
    footer: 'You receive this newsletter from {{publisher}}.',
    // What screen readers call the email as a whole (MJML's `aria-roledescription`).
    roleDescription: 'email',
  },
  map: {
    title: 'Stories by country',
    country: 'Country',
    stories: 'Stories',
    location: 'Location: {{country}}',
  },
  print: {
    link: 'Print this edition',
    title: '{{edition}}: the whole edition',
    intro: 'Every story of edition {{number}} in full, to print or to save as a PDF from the print dialog.',
    contents: 'In this edition',
    source: 'This edition on the web: {{url}}',
  },
  notFound: {
    title: 'Page not found',
    message: 'We could not find that page. It may have moved, or the address may have a typo.',
    goHome: 'Go to the home page',
  },
  footer: {
    publishedBy: 'Published by {{publisher}}',
    feed: 'Subscribe with RSS',
    // The newsletter's sign-up page (`subscribe` in its declaration), where it has one.
    subscribe: 'Get each edition by email',
  },
  // The web editor at /admin/ (Sveltia CMS): its labels, in the editor's language.
  editor: {
    title: '{{name}}: editor',
    stories: 'Stories',
    story: 'Story',
    fields: {
      title: 'Title',
      summary: 'Summary',
      date: 'Publication date',
      image: 'Picture',
      imageAlt: 'Picture description',
      imageCaption: 'Caption',
      imageCredit: 'Picture credit',
      draft: 'Draft',
      body: 'Text',
    },
    hints: {
      summary: 'One or two sentences that tell the story: they show on cards, in search results and in feeds.',
      imageAlt: 'Required with a picture: say what it shows, for readers who cannot see it. Leave it empty only if the picture is purely decorative.',
      draft: 'A draft shows only while editing on your computer, never on the published site.',
    },
    edition: 'No. {{number}}: {{title}} ({{date}})',
    needsJavaScript: 'The editor needs JavaScript.',
    // `npm run edit`, in the terminal: how to open the editor on this copy of the site.
    local: 'The web editor: open {{url}} in Chrome or Edge, choose “Work with Local Repository” and pick this folder: {{folder}}\nWhat you save is written here, under content/; the preview at {{site}} shows it as soon as you save. When you are done, commit and push your changes with git (or GitHub Desktop).',
  },
};
