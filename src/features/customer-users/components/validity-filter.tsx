import { useNavigate } from 'react-router';
import { validities } from '@/api/common-schema';
import { ValidityFilter as ValiditySelect } from '@/components/ui/validity-filter';
import { useListSearchParams } from '../lib/list-search-params';

export function ValidityFilter() {
  const navigate = useNavigate();
  const { params, hrefWith } = useListSearchParams();
  return (
    <ValiditySelect
      options={validities}
      value={params.validity}
      onChange={(validity) => navigate(hrefWith({ validity }))}
    />
  );
}
