/**
 * Shared data types of the local SharePoint: the persisted site state and the
 * request/response shapes that flow through the handler.
 */

export type FieldType =
  | 'Text' | 'Note' | 'Number' | 'Currency' | 'Integer' | 'Boolean' | 'DateTime'
  | 'Choice' | 'MultiChoice' | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'URL'
  | 'Counter' | 'Computed' | 'Guid' | 'ContentTypeId' | 'Attachments';

export interface FieldDef {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  type: FieldType;
  description: string;
  group: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** true for SharePoint's own fields (FromBaseType). */
  builtIn: boolean;
  choices?: string[];
  fillInChoice?: boolean;
  lookupListId?: string;
  /** Lookup ShowField (the target list field shown), default Title. */
  lookupField?: string;
  /** 0 = PeopleOnly, 1 = PeopleAndGroups. */
  selectionMode?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  decimals?: number;
  percentage?: boolean;
  dateOnly?: boolean;
  richText?: boolean;
  numLines?: number;
  defaultValue: string | null;
  /** Attributes of the original SchemaXml, kept to re-render it. */
  schemaXml: string;
}

export interface UrlValue { Url: string; Description: string }

export type StoredValue = string | number | boolean | null | string[] | number[] | UrlValue;

export interface ItemRecord {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  values: Record<string, StoredValue>;
  /** files attached to the item (AttachmentFiles), content base64 */
  attachments?: AttachmentRecord[];
  /** content approval: 0 Approved, 1 Rejected, 2 Pending (absent = Approved; only on lists with EnableModeration) */
  moderationStatus?: number;
  moderationComments?: string | null;
  /** the last approved state while a later edit is pending or rejected: what readers without draft rights see */
  approved?: Omit<ItemRecord, 'approved' | 'roleAssignments'>;
  /**
   * The item's own role assignments once its inheritance is broken (breakroleinheritance); absent while it
   * inherits the list's. Kept with the item, so it is persisted in the list's items file.
   */
  roleAssignments?: RoleAssignmentRecord[];
  /** 1 for a folder (FileSystemObjectType / FSObjType); absent for an ordinary item */
  fsObjType?: 1;
  /** the folder the item (or folder) is in, relative to the list's root folder ('14', '14/2025'); absent = the root */
  dir?: string;
  /** a folder's name (its FileLeafRef); items are named '<id>_.000' */
  leaf?: string;
}

export interface AttachmentRecord { name: string; base64: string; size: number }

export interface RoleAssignmentRecord { principalId: number; roleDefIds: number[] }

/** 1 = everyone, 2 = only their own items, 4 = nobody (only ManageLists). */
export type WriteSecurity = 1 | 2 | 4;
/** 1 = read all items, 2 = read only own items. */
export type ReadSecurity = 1 | 2;

export interface ListData {
  id: string;
  title: string;
  description: string;
  /** server-relative part after the web, e.g. Lists/RoadmapInitiatives */
  url: string;
  entityTypeName: string;
  baseTemplate: number;
  hidden: boolean;
  writeSecurity: WriteSecurity;
  readSecurity: ReadSecurity;
  enableVersioning: boolean;
  enableAttachments: boolean;
  contentTypesEnabled: boolean;
  allowContentTypes: boolean;
  onQuickLaunch: boolean;
  noCrawl: boolean;
  created: string;
  lastItemModifiedDate: string;
  lastItemDeletedDate: string;
  /** bumped on each list update, used as the list etag */
  version: number;
  fields: FieldDef[];
  nextItemId: number;
  /** the list setting "Make New Folder command available" (the UI's; REST creates folders either way) */
  enableFolderCreation?: boolean;
  /** content approval (EnableModeration) */
  enableModeration?: boolean;
  /** who sees pending/rejected items besides their author and approvers: 0 readers, 1 editors, 2 approvers only */
  draftVersionVisibility?: 0 | 1 | 2;
  /** null = inherits from the web */
  roleAssignments: RoleAssignmentRecord[] | null;
}

export interface GroupRecord {
  id: number;
  title: string;
  description: string;
  ownerTitle: string;
  /** the owner principal (a user or a group); absent in sites saved before it existed = the Owners group */
  ownerId?: number;
  memberIds: number[];
  allowMembersEditMembership?: boolean;
  onlyAllowMembersViewMembership?: boolean;
  allowRequestToJoinLeave?: boolean;
  autoAcceptRequestToJoinLeave?: boolean;
  requestToJoinLeaveEmailSetting?: string | null;
}

export interface SiteData {
  siteId: string;
  webId: string;
  title: string;
  description: string;
  created: string;
  groups: GroupRecord[];
  webRoleAssignments: RoleAssignmentRecord[];
  /** the id the next new group gets (ids are never reused); absent in old saves = above every principal */
  nextPrincipalId?: number;
}

export type PersonRole = 'Staff' | 'Champion' | 'Department manager' | 'Programme office' | 'Site owner';

export interface LocalPerson {
  id: number;
  /** the sign-in name: the e-mail address */
  login: string;
  title: string;
  email: string;
  role: PersonRole;
  department?: string;
  /** SharePoint groups the person belongs to by default */
  groups: string[];
}

/** The transport-independent request the routes see. */
export interface SpRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** the body's bytes (binary uploads such as attachments); absent in $batch parts */
  bytes?: Uint8Array;
}

export interface SpResponse {
  status: number;
  headers: Record<string, string>;
  /** Uint8Array for binary answers (attachment content) */
  body: string | Uint8Array | null;
}

export interface FaultSettings {
  /** 0..1 share of requests answered 429 */
  throttleRate: number;
  retryAfterSeconds: number;
  latencyMs: number;
  /**
   * 0..1 share of writes (anything but GET/HEAD) that are carried out and committed, but answered
   * 503 as if the answer was lost on its way back (a dropped connection or a gateway timeout after
   * the server did the work). Clients that retry must not do the work twice.
   */
  lostAnswerRate: number;
}
