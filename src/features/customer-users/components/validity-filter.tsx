import { useId } from 'react';
import { useNavigate } from 'react-router';
import { type Validity, validities, validitySchema } from '@/api/common-schema';
import { ToolbarField } from '@/components/ui/toolbar-field';
import { useListSearchParams } from '../lib/list-search-params';

export function ValidityFilter() {
  const id = useId();
  const navigate = useNavigate();
  const { params, hrefWith } = useListSearchParams();
  return (
    <ToolbarField>
      <label htmlFor={id}>Show</label>
      <select
        id={id}
        value={params.validity ?? ''}
        onChange={(event) => {
          const validity: Validity | undefined = validitySchema.safeParse(event.target.value).data;
          navigate(hrefWith({ validity }));
        }}
      >
        <option value="">all validities</option>
        {validities.map((validity) => (
          <option key={validity} value={validity}>
            {validity} only
          </option>
        ))}
      </select>
    </ToolbarField>
  );
}
