// A role picker, most powerful first, with the role names from the common catalog.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/roles';

const MOST_POWERFUL_FIRST = [...ROLES].reverse();

export interface RoleSelectProps {
  /** Visible label, or only for assistive technology when `hideLabel` (a table column already says "Role"). */
  label: string;
  hideLabel?: boolean;
  value: Role;
  disabled?: boolean;
  onChange: (role: Role) => void;
}

export function RoleSelect({ label, hideLabel = true, value, disabled, onChange }: RoleSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Role)}
      >
        {MOST_POWERFUL_FIRST.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
    </>
  );
}
