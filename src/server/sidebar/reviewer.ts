import { endpoint } from './endpoint';

const REVIEWER_KEY = 'reviewer';

/**
 * The reviewer's name, chosen once in the panel and kept in their user properties (like the
 * language): each person has their own, in every workbook. No suggestion is made from the account:
 * Apps Script documents that Session.getActiveUser() and getEffectiveUser() need the
 * userinfo.email scope, which the add-on does not ask for.
 */
export const getReviewer = endpoint('getReviewer', () => ({ name: PropertiesService.getUserProperties().getProperty(REVIEWER_KEY) ?? '' }));

export const setReviewer = endpoint('setReviewer', ({ name }) => {
  // Spaces collapsed: the name is written into the sheets as the reviewer's key.
  const kept = name.replace(/\s+/g, ' ');
  PropertiesService.getUserProperties().setProperty(REVIEWER_KEY, kept);
  return { name: kept };
});
