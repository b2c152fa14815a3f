import type { IPropertyPaneField } from '@microsoft/sp-property-pane';
import type { IPageState } from '../../features/shared/pageState';

/**
 * A web part's own property pane fields, built from its properties. Each web part keeps its builder in a
 * `<Part>PropertyPane.ts` module that the host loads with `import()` only when the pane opens.
 */
export type PropertyPaneFieldsBuilder<TProps> = (properties: TProps, context: IPropertyPaneContext) => IPropertyPaneField<unknown>[];

export interface IPropertyPaneContext {
  /** The view state the page shows now (for "use the current view as the default"). */
  readonly pageState: IPageState;
  /** Sets a property and re-renders the web part and the pane. */
  setProperty(name: string, value: unknown): void;
}
