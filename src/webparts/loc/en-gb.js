define([], function () {
  return {
    PropertyPaneDescription: 'Choose what this web part shows. Digital Strategy Hub keeps its data in lists on this site.',
    DisplayGroupName: 'Display',
    SetupGroupName: 'Lists and content',
    TitleFieldLabel: 'Title',
    SetUpListsButton: 'Set up lists',
    SetUpListsRunning: 'Setting up lists…',
    SetUpListsDone: 'Lists are set up.',
    LoadExampleContentButton: 'Load example content',
    LoadExampleContentDone: 'Example content loaded.',
    DefaultViewLabel: 'Open on',
    PageSizeLabel: 'Items per page',
    StartOnLabel: 'Open on',
    AnonymiseLabel: 'Hide department names in organisation results',
    MaturityModelLabel: 'Maturity model',
    AssessmentRoundLabel: 'Assessment round',
    CurrentOpenRoundModel: 'The model of the current open round',
    CurrentOpenRound: 'The current open round',
    MaturityChoicesFailed: 'The models and rounds could not be read from the lists.',
    StartOnSurvey: 'The survey',
    StartOnResults: 'The results',
    ShowPastLabel: 'Show past talks and recordings',
    UpcomingCountLabel: 'Upcoming talks to show',
    ShowLeaderboardLabel: 'Show recognition (points)',
    OutcomeLabel: 'Outcome to show (blank for all)',
    ShowTableLabel: 'Open with the data table'
  };
});
