declare interface IHubWebPartStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  SetupGroupName: string;
  TitleFieldLabel: string;
  SetUpListsButton: string;
  SetUpListsRunning: string;
  SetUpListsDone: string;
  LoadExampleContentButton: string;
  LoadExampleContentDone: string;
  DefaultViewLabel: string;
  PageSizeLabel: string;
  StartOnLabel: string;
  AnonymiseLabel: string;
  MaturityModelLabel: string;
  AssessmentRoundLabel: string;
  CurrentOpenRoundModel: string;
  CurrentOpenRound: string;
  MaturityChoicesFailed: string;
  StartOnSurvey: string;
  StartOnResults: string;
  ShowPastLabel: string;
  UpcomingCountLabel: string;
  ShowLeaderboardLabel: string;
  OutcomeLabel: string;
  ShowTableLabel: string;
  RoadmapViewBoard: string;
  RoadmapViewTimeline: string;
  RoadmapViewTable: string;
  RoadmapViewMatrix: string;
  RoadmapViewPriorities: string;
  RoadmapDefaultFiltersLabel: string;
  RoadmapUseCurrentViewButton: string;
  RoadmapClearDefaultFiltersButton: string;
  RoadmapWorkstreamsLabel: string;
  RoadmapPageSizeLabel: string;
  HubTabPartLabel: string;
}

declare module 'HubWebPartStrings' {
  const strings: IHubWebPartStrings;
  export = strings;
}
