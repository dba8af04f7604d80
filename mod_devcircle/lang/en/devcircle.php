<?php
// This file is part of Moodle - http://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * English strings for mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['addsession'] = 'Plan a session';
$string['attendance_allsessions'] = 'All sessions';
$string['attendance_choosesession'] = 'Choose a session';
$string['attendance_download'] = 'Export attendance as';
$string['attendance_firstjoined'] = 'First joined';
$string['attendance_joins'] = 'Joins';
$string['attendance_none'] = 'Nobody has joined through Moodle yet.';
$string['attendance_noorganisation'] = 'No organisation';
$string['attendance_organisation'] = 'Organisation';
$string['attendance_participant'] = 'Participant';
$string['attendance_people'] = '{$a} people';
$string['attendance_role'] = 'Role';
$string['attendance_sessions'] = 'Sessions attended';
$string['attendance_timeleft'] = 'Session ended';
$string['attendance_total'] = '{$a} people took part.';
$string['attendancereport'] = 'Attendance';
$string['attendeecount'] = '{$a} took part';
$string['bbb_checksum'] = 'Checksum algorithm';
$string['bbb_checksum_desc'] = 'Algorithm used to sign calls to the BigBlueButton API. It must match the setting of the server; SHA-256 is the default of current BigBlueButton servers.';
$string['bbb_error_blocked'] = 'Moodle\'s outgoing-request guard blocks the webinar server. An administrator has to allow its host and port (Site administration > General > Security > HTTP security: cURL blocked hosts list and cURL allowed ports list).';
$string['bbb_error_checksum'] = 'The webinar server refused Moodle\'s request. The shared secret or the checksum algorithm in the settings of the development circle probably does not match the server.';
$string['bbb_error_failed'] = 'The webinar server could not carry out the request. Please try again later.';
$string['bbb_error_maxconcurrent'] = 'The webinar server has reached its limit of meetings at the same time. Please try again later.';
$string['bbb_error_notconfigured'] = 'No webinar server is configured for development circles. An administrator can set the BigBlueButton server URL and shared secret in the settings of the development circle.';
$string['bbb_error_notfound'] = 'The webinar of this session does not exist on the server (any more).';
$string['bbb_error_unreachable'] = 'The webinar server cannot be reached at the moment. Please try again in a few minutes.';
$string['bbb_heading'] = 'BigBlueButton';
$string['bbb_heading_desc'] = 'The server on which the webinars of development circles take place: a BigBlueButton server or a Scalelite load balancer. Leave the server URL and the secret empty to use the server configured for Moodle\'s BigBlueButton activity.';
$string['bbb_secret'] = 'Shared secret';
$string['bbb_secret_desc'] = 'Shared secret of the BigBlueButton server or of Scalelite. It is used only on the Moodle server and is never sent to a browser.';
$string['bbb_serverurl'] = 'Server URL';
$string['bbb_serverurl_desc'] = 'Base URL of the BigBlueButton API, for example https://bbb.example.org/bigbluebutton/';
$string['closewebinar'] = 'Close the webinar';
$string['completionattended'] = 'Attended sessions';
$string['completionattended_desc'] = 'Attend at least {$a} sessions';
$string['completionattended_error'] = 'Enter a number of sessions of at least 1.';
$string['completionattended_help'] = 'The activity is complete when the participant has joined at least this many different sessions through Moodle.';
$string['completionattendedenabled'] = 'Participants must attend at least this many sessions';
$string['completiondetail:attended'] = 'Attend {$a} sessions';
$string['deletesession'] = 'Delete';
$string['deletesessionconfirm'] = 'Delete the session "{$a}" with its attendance records? Recordings stay on the webinar server.';
$string['devcircle:addinstance'] = 'Add a new development circle';
$string['devcircle:editpads'] = 'Write in the pads of a development circle';
$string['devcircle:join'] = 'Join the webinars of a development circle';
$string['devcircle:managepads'] = 'Create and delete pads of a development circle';
$string['devcircle:managerecordings'] = 'Publish, unpublish and delete recordings of webinars';
$string['devcircle:moderate'] = 'Moderate the webinars of a development circle and plan its sessions';
$string['devcircle:restoresnapshot'] = 'Restore an earlier snapshot into a pad';
$string['devcircle:view'] = 'View a development circle';
$string['devcircle:viewattendance'] = 'View and export the attendance of webinars';
$string['editsession'] = 'Edit';
$string['endconfirm'] = 'End the webinar for everyone who is in it?';
$string['endwebinar'] = 'End webinar';
$string['error_generic'] = 'Something went wrong. Please reload the page and try again.';
$string['etherpad_apierror'] = 'Etherpad refused the request: {$a}';
$string['etherpad_apikey'] = 'API key';
$string['etherpad_apikey_desc'] = 'API key of the Etherpad server (the content of its APIKEY.txt). It is used only on the Moodle server and is never sent to a browser.';
$string['etherpad_badresponse'] = 'The Etherpad URL does not answer like an Etherpad server. Please check the Etherpad URL in the settings of the development circle.';
$string['etherpad_blocked'] = 'Moodle\'s outgoing-request guard blocks the Etherpad server. An administrator has to allow its host and port (Site administration > General > Security > HTTP security: cURL blocked hosts list and cURL allowed ports list).';
$string['etherpad_cookiedomain'] = 'Cookie domain';
$string['etherpad_cookiedomain_desc'] = 'Domain on which the Etherpad session cookie is set, for example .example.org when Moodle and Etherpad run on subdomains of example.org. Leave empty when Etherpad is served from the Moodle host.';
$string['etherpad_heading'] = 'Etherpad';
$string['etherpad_heading_desc'] = 'The Etherpad server that holds the pads of development circles: the circle pad, session minutes and method templates.';
$string['etherpad_notconfigured'] = 'No Etherpad server is configured for development circles. An administrator can set the Etherpad URL and API key in the settings of the development circle.';
$string['etherpad_sessionlifetime'] = 'Pad session lifetime';
$string['etherpad_sessionlifetime_desc'] = 'How long an Etherpad session created for a user stays valid. A new session is created when the user opens a pad again.';
$string['etherpad_unreachable'] = 'The Etherpad server cannot be reached at the moment.';
$string['etherpad_url'] = 'Etherpad URL';
$string['etherpad_url_desc'] = 'Base URL of the Etherpad server, for example https://pad.example.org/';
$string['etherpad_wrongkey'] = 'Etherpad refused the API key. Please check the API key in the settings of the development circle.';
$string['eventcoursemoduleinstancelistviewed'] = 'Development circle list viewed';
$string['eventcoursemoduleviewed'] = 'Development circle viewed';
$string['eventpad_created'] = 'Pad created';
$string['eventpad_viewed'] = 'Pad viewed';
$string['eventrecording_viewed'] = 'Webinar recording viewed';
$string['eventsession_ended'] = 'Webinar session ended';
$string['eventsession_joined'] = 'Webinar session joined';
$string['eventsession_started'] = 'Webinar session started';
$string['eventsnapshot_restored'] = 'Pad snapshot restored';
$string['joinwebinar'] = 'Join webinar';
$string['lockcam'] = 'Participants may not share their camera';
$string['lockcam_help'] = 'Only moderators can share their camera in the webinar.';
$string['lockmic'] = 'Participants may not use their microphone';
$string['lockmic_help'] = 'Participants can only listen; moderators can still speak.';
$string['lockprivatechat'] = 'Participants may not chat privately';
$string['lockprivatechat_help'] = 'Participants cannot send private chat messages to each other.';
$string['lockpublicchat'] = 'Participants may not write in the public chat';
$string['lockpublicchat_help'] = 'Participants can read the public chat but not write in it.';
$string['modulename'] = 'Development circle';
$string['modulename_help'] = 'A development circle brings staff of several organisations together to work on their digitalisation strategy: in webinars, in shared pads and along the Plan-Do-Check-Act cycle.';
$string['modulenameplural'] = 'Development circles';
$string['muteonstart'] = 'Everyone joins muted';
$string['muteonstart_help'] = 'Microphones are muted when people enter the webinar; everyone can unmute themselves.';
$string['name'] = 'Name';
$string['norecordings'] = 'No recordings yet.';
$string['nosessions'] = 'No sessions have been scheduled for this circle yet.';
$string['openmode'] = 'Open the webinar';
$string['openmode_embed'] = 'embedded in the course page';
$string['openmode_help'] = 'Whether the webinar opens in a new browser window or embedded in the page of the development circle.';
$string['openmode_window'] = 'in a new browser window';
$string['openwebinar'] = 'Open the webinar';
$string['padbacktocircle'] = 'Back to the circle';
$string['padbacktopad'] = 'Back to the pad {$a}';
$string['padbysystem'] = 'Moodle (automatically)';
$string['padcannotdelete'] = 'Only method pads can be deleted; the circle pad and session minutes are kept.';
$string['padcopylink'] = 'Copy link';
$string['padcreate'] = 'Create pad';
$string['padcreatemethod'] = 'Start a pad from a method template';
$string['paddelete'] = 'Delete';
$string['paddeleted'] = 'The pad "{$a}" was deleted.';
$string['padexitfullscreen'] = 'Exit full screen';
$string['padfallbacknosnapshot'] = 'No snapshot of this pad has been kept yet.';
$string['padfallbacksnapshot'] = 'This is the last snapshot, from {$a}. It is read-only.';
$string['padframetitle'] = 'Pad: {$a}';
$string['padfullscreen'] = 'Full screen';
$string['padhistory'] = 'History';
$string['padhistoryof'] = 'History of {$a}';
$string['padkind_circle'] = 'Circle pad';
$string['padkind_method'] = 'Method pad';
$string['padkind_minutes'] = 'Minutes';
$string['padlanguage'] = 'Language of the template';
$string['padlanguage_de'] = 'German';
$string['padlanguage_en'] = 'English';
$string['padlastsnapshot'] = 'Last snapshot: {$a}';
$string['padlinkcopied'] = 'The link to the pad was copied.';
$string['padlinkcopyfailed'] = 'The link could not be copied. Please copy it from here: {$a}';
$string['padminutesname'] = 'Minutes: {$a}';
$string['padname'] = 'Name of the pad';
$string['padnameplaceholder'] = 'Name of the template';
$string['padnone'] = 'This circle has no pads yet.';
$string['padnosnapshot'] = 'No snapshot yet';
$string['padnotfound'] = 'This pad does not exist (any more).';
$string['padnotloaded'] = 'The pad did not load.';
$string['padopennewtab'] = 'Open in a new tab';
$string['padreadonly'] = 'Read-only';
$string['padreason_backup'] = 'Backup';
$string['padreason_manual'] = 'Taken by hand';
$string['padreason_restore'] = 'Restored';
$string['padreason_scheduled'] = 'Scheduled';
$string['padreason_sessionend'] = 'Session ended';
$string['padrestore'] = 'Restore this version';
$string['pads'] = 'Pads';
$string['padsnapshotauthors'] = 'Written by: {$a}';
$string['padsnapshotby'] = 'Saved by: {$a}';
$string['padsnapshotlabel'] = 'Snapshot of {$a}';
$string['padsnapshotlatest'] = 'Latest';
$string['padsnapshotnow'] = 'Take a snapshot now';
$string['padsnapshotrestored'] = 'The version of {$a} was restored into the pad.';
$string['padsnapshotshow'] = 'Show content';
$string['padsnapshottaken'] = 'A snapshot of the pad was taken.';
$string['padsnapshotunchanged'] = 'The pad has not changed since the last snapshot.';
$string['padtemplate'] = 'Method template';
$string['padtemplate_bmc'] = 'Business Model Canvas';
$string['padtemplate_designthinking'] = 'Design Thinking';
$string['padtemplate_scrum'] = 'Scrum';
$string['padtoolbar'] = 'Pad tools';
$string['padunknowntemplate'] = 'This method template does not exist in the chosen language.';
$string['pluginadministration'] = 'Development circle administration';
$string['pluginname'] = 'Development circle';
$string['popupblocked'] = 'Your browser did not open a new window.';
$string['privacy:metadata:attendance'] = 'Every join of a webinar session through Moodle, kept as proof of participation.';
$string['privacy:metadata:attendance:role'] = 'Whether the user joined as moderator or as participant.';
$string['privacy:metadata:attendance:timejoined'] = 'When the user joined.';
$string['privacy:metadata:attendance:timeleft'] = 'When the session ended for this join.';
$string['privacy:metadata:attendance:userid'] = 'The user who joined.';
$string['privacy:metadata:bigbluebutton'] = 'To let a user into a webinar, Moodle sends data about them to the BigBlueButton server (or Scalelite).';
$string['privacy:metadata:bigbluebutton:fullname'] = 'The full name of the user, shown to the others in the webinar and in recordings.';
$string['privacy:metadata:bigbluebutton:userid'] = 'The Moodle user id, which the server keeps with the meeting and its recordings.';
$string['privacy:metadata:sessions'] = 'The sessions of a circle, with who last changed them.';
$string['privacy:metadata:sessions:timemodified'] = 'When the session was last changed.';
$string['privacy:metadata:sessions:usermodified'] = 'The user who last changed the session.';
$string['privacy:path:webinars'] = 'Webinars';
$string['record'] = 'Sessions may be recorded';
$string['record_help'] = 'Moderators can start and stop a recording in the webinar. Recordings appear with the session when the server has processed them.';
$string['recording_delete'] = 'Delete recording';
$string['recording_deleteconfirm'] = 'Delete this recording for good? It cannot be restored.';
$string['recording_minutes'] = '{$a} min';
$string['recording_publish'] = 'Publish';
$string['recording_unpublish'] = 'Unpublish';
$string['recording_unpublished'] = 'Not published';
$string['recordingnotfound'] = 'This recording does not exist or does not belong to this session.';
$string['recordings'] = 'Recordings';
$string['resetattendance'] = 'Delete the attendance of webinars';
$string['resetpads'] = 'Delete all pads with their snapshots';
$string['resetsessiondates'] = 'Session dates shifted';
$string['role_moderator'] = 'Moderator';
$string['role_viewer'] = 'Participant';
$string['sessionagenda'] = 'Agenda';
$string['sessiondeleted'] = 'The session has been deleted.';
$string['sessionduration'] = 'Duration';
$string['sessionduration_error'] = 'Enter a duration between one minute and 24 hours.';
$string['sessionnotfound'] = 'This session does not exist in this development circle.';
$string['sessions'] = 'Sessions';
$string['sessionsaved'] = 'The session has been saved.';
$string['sessionstart'] = 'Start';
$string['sessiontitle'] = 'Title';
$string['startwebinar'] = 'Start webinar';
$string['status_checking'] = 'Checking…';
$string['status_ended'] = 'Ended';
$string['status_notrunning'] = 'Started, nobody in it yet';
$string['status_past'] = 'Not held';
$string['status_planned'] = 'Planned';
$string['status_running'] = 'Live: {$a} in the webinar';
$string['tasksnapshotpads'] = 'Copy changed pads from Etherpad into Moodle';
$string['waitformoderator'] = 'Participants wait for a moderator';
$string['waitformoderator_help'] = 'Participants can enter a session only after a moderator has started it. Until then the page tells them so and checks again by itself.';
$string['waitingbutton'] = 'Waiting for the moderator…';
$string['waitingformoderator'] = 'The webinar has not started yet. You will be let in as soon as a moderator starts it; this page checks again by itself.';
$string['webinar_defaults_heading'] = 'Webinar defaults';
$string['webinar_defaults_heading_desc'] = 'The webinar settings each new development circle starts with. They can be changed for every circle.';
$string['webinarended'] = 'The webinar has been ended.';
$string['webinarframe'] = 'Webinar';
$string['webinarsettings'] = 'Webinars';
$string['welcome'] = 'Welcome message';
$string['welcome_help'] = 'Shown in the chat of the webinar when people enter. Leave empty for the server\'s default message.';
$string['youattended'] = 'You took part';
