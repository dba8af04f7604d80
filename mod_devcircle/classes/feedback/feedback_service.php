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

use local_digitalstrategy\local\campaign\campaign;
use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use mod_devcircle\instance;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\session;

/**
 * Feedback on a circle's sessions: attaching a feedback form to a session or to the whole
 * circle, and inviting a session's attendees when it ends.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_service {
    /** @var array<int, array> open feedback per user, read once per request */
    private array $pendingcache = [];

    /**
     * Creates the service.
     *
     * @param campaign_repository $campaigns the campaigns
     * @param circle_feedback_repository $circlefeedback the circles' campaigns and invitations
     * @param attendance_repository $attendance who attended which session
     * @param instrument_repository $instruments the forms
     * @param feedback_notifier $notifier sends the notifications
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var campaign_repository the campaigns */
        private readonly campaign_repository $campaigns,
        /** @var circle_feedback_repository the circles' campaigns and invitations */
        private readonly circle_feedback_repository $circlefeedback,
        /** @var attendance_repository who attended which session */
        private readonly attendance_repository $attendance,
        /** @var instrument_repository the forms */
        private readonly instrument_repository $instruments,
        /** @var feedback_notifier sends the notifications */
        private readonly feedback_notifier $notifier,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The feedback forms one may attach: the newest version of each form of kind feedback.
     *
     * @param string $lang language of the names
     * @return array<int, string> names by instrument version id
     */
    public function forms(string $lang): array {
        $forms = [];
        $seen = [];
        foreach ($this->instruments->list_versions() as $version) {
            if ($version->kind !== 'feedback' || isset($seen[$version->idnumber])) {
                continue;
            }
            $seen[$version->idnumber] = true;
            $instrument = $this->instruments->get((int) $version->id);
            $forms[(int) $version->id] = $instrument->get_name($lang);
        }
        return $forms;
    }

    /**
     * Attaches a feedback form to a session or the whole circle: an open campaign, answered by
     * persons logged in, anonymous unless said otherwise.
     *
     * @param instance $instance the circle
     * @param int $instrumentid the form version (kind feedback)
     * @param session|null $session the session, null for the whole circle
     * @param string $name the campaign's name
     * @param bool $anonymous whether answers stay anonymous
     * @param int $userid who attaches it
     * @return campaign
     */
    public function attach(
        instance $instance,
        int $instrumentid,
        ?session $session,
        string $name,
        bool $anonymous,
        int $userid
    ): campaign {
        $instrument = $this->instruments->get($instrumentid);
        if ($instrument->get_kind() !== 'feedback') {
            throw new \invalid_parameter_exception('Not a feedback form: ' . $instrumentid);
        }
        if ($session !== null && $session->get_circle_id() !== $instance->get_instance_id()) {
            throw new \invalid_parameter_exception('The session belongs to another circle');
        }
        $now = $this->clock->time();
        return $this->campaigns->insert((object) [
            'instrumentid' => $instrumentid,
            'name' => trim($name),
            'kind' => 'feedback',
            'target' => $session ? circle_feedback_repository::TARGET_SESSION : circle_feedback_repository::TARGET_CIRCLE,
            'targetid' => $session ? $session->get_id() : $instance->get_cm_id(),
            'contextid' => $instance->get_context()->id,
            'respondent' => 'person',
            'anonymous' => $anonymous ? 1 : 0,
            'status' => 'open',
            'timeopen' => $now,
            'timeclose' => 0,
            'eventdate' => $session ? $session->get_timestart() : $now,
            'resultsvisible' => 0,
            'participationtarget' => 0,
            'publictokenhash' => '',
        ], $userid);
    }

    /**
     * Invites the viewers of a session that ended to its open feedback campaigns (those on the
     * session and those on the circle) and notifies each of them once: a person already invited
     * to a campaign — because both end paths fired, or because the session ran twice, or
     * because they attended another session of the circle — is neither invited nor notified again.
     *
     * @param instance $instance the circle
     * @param session $session the session that ended
     * @return int number of invitations made now
     */
    public function invite_attendees(instance $instance, session $session): int {
        $campaigns = $this->circlefeedback->open_for_session($instance->get_context()->id, $session->get_id());
        $viewers = $campaigns ? $this->attendance->viewer_ids($session->get_id()) : [];
        if (!$viewers) {
            return 0;
        }
        $invited = 0;
        $locks = \core\lock\lock_config::get_lock_factory('mod_devcircle');
        foreach (array_keys($campaigns) as $campaignid) {
            $lock = $locks->get_lock('feedback-invite-' . $campaignid, 10);
            if (!$lock) {
                continue;
            }
            try {
                $new = array_values(array_diff($viewers, $this->circlefeedback->invited_among($campaignid, $viewers)));
                $this->circlefeedback->add_invites($campaignid, $new, $this->clock->time());
            } finally {
                $lock->release();
            }
            foreach ($new as $userid) {
                $this->notifier->notify($instance, $session->get_title(), $campaignid, $userid);
            }
            $invited += count($new);
        }
        return $invited;
    }

    /**
     * The feedback a person still owes in a circle.
     *
     * @param instance $instance the circle
     * @param int $userid the person
     * @return array<int, string> campaign names by id
     */
    public function pending(instance $instance, int $userid): array {
        return $this->circlefeedback->pending_for_user($instance->get_context()->id, $userid);
    }

    /**
     * The feedback a person still owes in every circle, by the circle's context id; read once
     * per request (the course page asks for each of its circles).
     *
     * @param int $userid the person
     * @return array<int, array<int, string>> per context id: campaign names by id
     */
    public function pending_everywhere(int $userid): array {
        if (!array_key_exists($userid, $this->pendingcache)) {
            $this->pendingcache = [$userid => $this->circlefeedback->pending_by_context($userid)];
        }
        return $this->pendingcache[$userid];
    }
}
