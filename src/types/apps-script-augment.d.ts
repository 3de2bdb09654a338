// Fields the Docs advanced service returns and accepts that @types/google-apps-script (2.0.x) predates.
// Tabs (`tabs`, `tabId` in Location and Range, `includeTabsContent` on get) came to the Docs API in 2024:
// https://developers.google.com/docs/api/reference/rest/v1/documents/get (includeTabsContent),
// https://developers.google.com/docs/api/reference/rest/v1/documents#Document (tabs),
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#Location (tabId).

declare namespace GoogleAppsScript {
  namespace Docs {
    namespace Schema {
      interface Document {
        tabs?: import('./docs-api').Tab[] | undefined;
      }
      interface Location {
        tabId?: string | undefined;
      }
      interface Range {
        tabId?: string | undefined;
      }
    }
  }
}
