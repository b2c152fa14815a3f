import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { Workbench } from './Workbench';

// Fluent's icon font is served by the local server: the Microsoft CDN is not reachable offline.
initializeIcons('/fonts/');
ReactDom.render(<Workbench />, document.getElementById('workbench'));
