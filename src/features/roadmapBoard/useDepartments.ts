import * as React from 'react';
import { isDataError } from '../../domain/dataErrors';
import { IDepartment } from '../../domain/entities';
import { useHub } from '../shared/HubContext';

/** The departments, read once the first time they are needed (the initiative form), then kept. */
export function useDepartments(needed: boolean): { departments?: readonly IDepartment[]; error?: string } {
  const { services } = useHub();
  const [state, setState] = React.useState<{ departments?: readonly IDepartment[]; error?: string }>({});
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (!needed || asked.current) return;
    asked.current = true;
    services.departments.getAll().then(
      (departments) => setState({ departments: [...departments].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')) }),
      (error: unknown) => {
        asked.current = false;
        setState({ departments: [], error: `Departments could not be loaded${isDataError(error) ? `: ${error.message}` : '.'} Close the form and open it again to retry.` });
      }
    );
  }, [needed, services]);
  return state;
}
