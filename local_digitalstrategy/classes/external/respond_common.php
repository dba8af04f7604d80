<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\external;

use core_external\external_value;
use local_digitalstrategy\local\campaign\respond_access;
use local_digitalstrategy\local\campaign\respondent;

/**
 * What the answering page's web services share: the parameters naming the respondent (a link's
 * token, or a campaign for a logged-in user) and the access rule.
 *
 * The services are open without login (loginrequired false) for the token variant: then no
 * session is used, the token is the access rule and the rate limits apply; without a token the
 * caller must be logged in (validate_context) and invited.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_common {
    /**
     * The parameters naming the respondent.
     *
     * @return array<string, external_value>
     */
    public static function parameters(): array {
        return [
            'token' => new external_value(
                PARAM_ALPHANUMEXT,
                'Token of the personal link; empty when answering logged in',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
            'campaignid' => new external_value(
                PARAM_INT,
                'Campaign id; required when answering logged in, must match the token\'s campaign otherwise',
                VALUE_DEFAULT,
                0,
                NULL_NOT_ALLOWED
            ),
        ];
    }

    /**
     * The respondent the parameters name, after the access rule.
     *
     * @param string $token
     * @param int $campaignid
     * @return respondent
     * @throws \local_digitalstrategy\local\campaign\respond_exception
     */
    public static function respondent(string $token, int $campaignid): respondent {
        global $PAGE, $USER;
        $context = \context_system::instance();
        $access = \core\di::get(respond_access::class);
        if ($token !== '') {
            // No login and no session: the token is the access rule.
            $PAGE->set_context($context);
            return $access->by_token($token, getremoteaddr(), $campaignid);
        }
        \core_external\external_api::validate_context($context);
        if (isguestuser()) {
            throw new \local_digitalstrategy\local\campaign\respond_exception('nopermission');
        }
        return $access->by_campaign($campaignid, (int) $USER->id, getremoteaddr());
    }
}
