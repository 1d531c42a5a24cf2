import type { ProfileId } from '../../model';
import type { Profile } from '../types';
import { AU_NMF } from './auNmf';
import { EU_2022 } from './eu2022';
import { HOUSE } from './house';
import { NZQA } from './nzqa';
import { UNESCO_2022 } from './unesco2022';
import { US_CREDIT_HOURS } from './usCreditHours';

/** Every accreditation profile a map can enable, by id. */
export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  'eu-2022': EU_2022,
  'unesco-2022': UNESCO_2022,
  nzqa: NZQA,
  'au-nmf': AU_NMF,
  'us-credit-hours': US_CREDIT_HOURS,
  house: HOUSE,
};
