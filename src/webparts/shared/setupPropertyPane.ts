import { IPropertyPaneGroup, PropertyPaneButton, PropertyPaneButtonType, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';

/** The "Lists and content" group every web part's pane ends with: set up the lists, load example content. */
export function setupGroup(status: string, run: (loadContent: boolean) => void): IPropertyPaneGroup {
  return {
    groupName: strings.SetupGroupName,
    groupFields: [
      PropertyPaneButton('setUpLists', { text: strings.SetUpListsButton, buttonType: PropertyPaneButtonType.Normal, onClick: () => { run(false); return ''; } }),
      PropertyPaneButton('loadContent', { text: strings.LoadExampleContentButton, buttonType: PropertyPaneButtonType.Normal, onClick: () => { run(true); return ''; } }),
      PropertyPaneLabel('setupStatus', { text: status })
    ]
  };
}
