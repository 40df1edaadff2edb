import type { en } from './en.ts';

/** The shape of every UI resource: the English keys, each a string. */
export type UiStrings<T = typeof en> = { [K in keyof T]: T[K] extends string ? string : UiStrings<T[K]> };

/** Spanish UI strings. */
export const es: UiStrings = {
  site: {
    skipToContent: 'Ir al contenido',
    mainNavigation: 'Principal',
    languageChooserTitle: 'Elija su idioma',
    languageChooserIntro: 'Este boletín se publica en inglés y en español.',
  },
  nav: {
    home: 'Inicio',
    topics: 'Temas',
    countries: 'Países',
    organizations: 'Organizaciones',
    products: 'Productos',
    editions: 'Ediciones',
  },
  language: {
    switcherLabel: 'Idioma',
    readIn: 'Leer esta página en {{language}}',
    notAvailable: 'Esta historia todavía no está disponible en {{language}}; aquí puede leerla en {{original}}.',
    otherChoices: 'También puede recorrer esta edición en {{language}}:',
  },
  languageName: {
    en: 'inglés',
    es: 'español',
  },
  article: {
    published: 'Publicado',
    edition: 'Edición',
    inThisEdition: 'En esta edición',
    related: 'Historias relacionadas',
    previous: 'Anterior en esta edición',
    next: 'Siguiente en esta edición',
    keyFacts: 'Datos clave',
    about: 'Sobre esta historia',
    countries: 'Países',
    topics: 'Temas',
    organizations: 'Organizaciones',
    products: 'Productos',
  },
  home: {
    latestEdition: 'Última edición',
    recentArticles: 'Historias recientes',
    browse: 'Recorra el boletín',
    allEditions: 'Todas las ediciones',
  },
  listing: {
    articleCount_one: '{{count}} historia',
    articleCount_other: '{{count}} historias',
    organizationCount_one: '{{count}} organización',
    organizationCount_other: '{{count}} organizaciones',
    newestFirst: 'Historias, de la más reciente a la más antigua',
    empty: 'Todavía no hay historias.',
    pagination: 'Páginas',
    pageOf: 'Página {{page}} de {{pages}}',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    goToPage: 'Página {{page}}',
    basedIn: 'Con sede en {{country}}',
    editionNumber: 'Edición {{number}}',
    feed: 'Canal RSS',
    feedFor: 'Canal RSS: {{name}}',
  },
  taxonomy: {
    topics: { title: 'Temas', intro: 'Todos los temas que trata el boletín.' },
    countries: { title: 'Países', intro: 'Las historias según el país de donde vienen.' },
    organizations: { title: 'Organizaciones', intro: 'Cooperativas, redes y aliados que aparecen en las historias, por país.' },
    products: { title: 'Productos', intro: 'Las historias según lo que cultivan los productores.' },
    editions: { title: 'Ediciones', intro: 'Todas las ediciones del boletín, de la más reciente a la más antigua.' },
    topic: 'Tema',
    country: 'País',
    organization: 'Organización',
    product: 'Producto',
    edition: 'Edición',
  },
  organizationKind: {
    'producer-organization': 'Organización de productores',
    network: 'Red',
    ngo: 'Organización no gubernamental',
    'public-body': 'Institución pública',
    'international-body': 'Organismo internacional',
    education: 'Educación',
  },
  notFound: {
    title: 'Página no encontrada',
    message: 'No encontramos esa página. Puede que se haya movido o que la dirección tenga un error.',
    goHome: 'Ir a la página de inicio',
  },
  footer: {
    publishedBy: 'Publicado por {{publisher}}',
    feed: 'Suscríbase por RSS',
  },
};
