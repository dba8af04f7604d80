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

namespace mod_devcircle\feedback;

use mod_devcircle\instance;

/**
 * Tells an attendee, by a Moodle notification (message provider feedbackrequest), that a
 * session's feedback form waits for them, in the attendee's own language.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class feedback_notifier {
    /**
     * The page where a logged-in person answers a campaign.
     *
     * @param int $campaignid the campaign
     * @return \moodle_url
     */
    public static function respond_url(int $campaignid): \moodle_url {
        return new \moodle_url('/local/digitalstrategy/respond.php', ['campaign' => $campaignid]);
    }

    /**
     * Sends the notification.
     *
     * @param instance $instance the circle
     * @param string $sessiontitle title of the session that ended
     * @param int $campaignid the feedback campaign
     * @param int $userid the attendee
     * @return bool whether Moodle accepted the message
     */
    public function notify(instance $instance, string $sessiontitle, int $campaignid, int $userid): bool {
        $user = \core_user::get_user($userid);
        if (!$user || $user->deleted || $user->suspended) {
            return false;
        }
        $strings = get_string_manager();
        $lang = $user->lang ?: null;
        $context = $instance->get_context();
        $a = (object) [
            'session' => format_string($sessiontitle, true, ['context' => $context, 'escape' => false]),
            'circle' => format_string($instance->get_name(), true, ['context' => $context, 'escape' => false]),
            'url' => self::respond_url($campaignid)->out(false),
        ];
        $text = $strings->get_string('feedback_message_body', 'mod_devcircle', $a, $lang);

        $message = new \core\message\message();
        $message->component = 'mod_devcircle';
        $message->name = 'feedbackrequest';
        $message->userfrom = \core_user::get_noreply_user();
        $message->userto = $user;
        $message->subject = $strings->get_string('feedback_message_subject', 'mod_devcircle', $a, $lang);
        $message->fullmessage = $text;
        $message->fullmessageformat = FORMAT_PLAIN;
        $message->fullmessagehtml = text_to_html($text, false, false, true);
        $message->smallmessage = $strings->get_string('feedback_message_small', 'mod_devcircle', $a, $lang);
        $message->notification = 1;
        $message->contexturl = $a->url;
        $message->contexturlname = $strings->get_string('feedback_give', 'mod_devcircle', null, $lang);
        $message->courseid = $instance->get_course_id();
        return (bool) message_send($message);
    }
}
