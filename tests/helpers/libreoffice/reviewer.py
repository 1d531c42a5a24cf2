#!/usr/bin/python3
"""
A faculty reviewer played by LibreOffice: opens a Word file in a headless LibreOffice
through its UNO API, makes the edits and comments listed in OPS.json the way a person would
in Writer (tracked or not), and saves the result as Word 2007+ XML.

    /usr/bin/python3 reviewer.py IN.docx OUT.docx OPS.json

OPS.json: {"author": "Rita Howard", "ops": [ ... ]}, each op one of
    {"op": "replace", "find": "analyse", "with": "investigate", "in": "<paragraph text>", "track": true}
    {"op": "insert", "after": "word", "text": " and more", "in": "<paragraph text>", "track": true}
    {"op": "comment", "in": "<paragraph text>", "text": "Is this measurable?"}
"in" picks the first paragraph (body text or a table cell, in document order) whose text
contains it; "find"/"after" is the first occurrence inside that paragraph. Anything not
found is an error: exit status 1 and a message on stderr, so a test cannot pass vacuously.
Replies are not supported: LibreOffice 7.4's annotation field has no parent property
(no "ParentName"), so UNO cannot thread a comment under another.

Prints a JSON summary on stdout. Needs Debian's python3 with the UNO bridge (python3-uno)
and `soffice` on PATH (or $SOFFICE). LibreOffice runs with a fresh throw-away profile and
is always terminated, also on errors, on SIGTERM and after a deadline ($MCS_LO_DEADLINE
seconds, default 75). With $MCS_LO_PIDFILE set, the id of LibreOffice's process group is
written there while it runs, for a caller that has to kill this script.

Note: a paragraph's text includes the text of tracked deletions, so after replacing
"analyse" by "investigate" the paragraph reads "analyseinvestigate …" to a later "in"/"find".
"""

import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import uno  # noqa: E402  (Debian's /usr/bin/python3 with python3-uno)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.util import DateTime  # noqa: E402

WORD_FILTER = 'MS Word 2007 XML'
PIDFILE = os.environ.get('MCS_LO_PIDFILE')


class ReviewError(Exception):
    """A problem with the ops or the document (reported on stderr, exit status 1)."""


class Deadline(Exception):
    pass


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def excerpt(text, n=80):
    text = text.replace('\n', ' ')
    return text if len(text) <= n else text[: n - 1] + '…'


# --- LibreOffice process -------------------------------------------------------------------


class Office:
    """One headless soffice with its own profile, reachable over a named pipe."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix='mcs-lo-profile-')
        self.pipe = 'mcs_reviewer_%d_%d' % (os.getpid(), int(time.time() * 1000))
        self.proc = None
        self.ctx = None

    def start(self, connect_timeout=30.0):
        soffice = os.environ.get('SOFFICE') or shutil.which('soffice')
        if not soffice:
            raise ReviewError('soffice is not on PATH (install libreoffice-writer-nogui)')
        args = [
            soffice,
            '--headless',
            '--invisible',
            '--norestore',
            '--nolockcheck',
            '--nodefault',
            '-env:UserInstallation=' + uno.systemPathToFileUrl(self.profile),
            '--accept=pipe,name=%s;urp;' % self.pipe,
        ]
        # A session of its own, so that the whole tree (oosplash, soffice.bin) can be ended at once.
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        # Tell the caller which process group to end should this script itself be killed;
        # removed once LibreOffice is known to be gone.
        if PIDFILE:
            with open(PIDFILE, 'w') as f:
                f.write(str(self.proc.pid))
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        url = 'uno:pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe
        give_up = time.time() + connect_timeout
        last = None
        while time.time() < give_up:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode('utf-8', 'replace').strip()
                raise ReviewError('soffice exited with status %s before accepting a connection: %s' % (self.proc.returncode, err))
            try:
                self.ctx = resolver.resolve(url)
                return self.ctx
            except Exception as e:  # NoConnectException until soffice listens
                last = e
                time.sleep(0.25)
        raise ReviewError('could not connect to soffice within %ds: %s' % (connect_timeout, last))

    def set_user_name(self, author):
        """The name LibreOffice writes on tracked changes (Tools ▸ Options ▸ User Data)."""
        given, _, surname = author.strip().partition(' ')
        smgr = self.ctx.ServiceManager
        provider = smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', self.ctx)
        access = provider.createInstanceWithArguments(
            'com.sun.star.configuration.ConfigurationUpdateAccess', (prop('nodepath', '/org.openoffice.UserProfile/Data'),)
        )
        access.setPropertyValue('givenname', given)
        access.setPropertyValue('sn', surname)
        access.setPropertyValue('initials', ''.join(w[0] for w in author.split() if w).upper())
        access.commitChanges()

    def kill(self):
        """The watchdog's last resort (from another thread): end LibreOffice at once."""
        proc = self.proc
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def stop(self):
        if self.ctx is not None:
            try:
                desktop = self.ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', self.ctx)
                desktop.terminate()
            except Exception:
                pass  # the bridge goes down while terminating; the process check below decides
            self.ctx = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            # soffice.bin may outlive the launcher: end the whole session we started.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(timeout=5)
                if PIDFILE and os.path.exists(PIDFILE):
                    os.remove(PIDFILE)
            except subprocess.TimeoutExpired:
                pass
            self.proc = None
        shutil.rmtree(self.profile, ignore_errors=True)


# --- Finding text without a view ----------------------------------------------------------


def paragraphs(text):
    """Every paragraph of a text in document order, descending into table cells (row by row)."""
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService('com.sun.star.text.Paragraph'):
            yield el
        elif el.supportsService('com.sun.star.text.TextTable'):
            for name in el.getCellNames():
                yield from paragraphs(el.getCellByName(name))  # a cell is an XText


class Paragraphs:
    """
    The document's paragraphs with their text, walked lazily and only once: every step of the
    walk is a call over the UNO bridge (~10 ms each on a busy machine, and the specification
    has hundreds of paragraphs). An op's paragraph is read again after the op has changed it.
    """

    def __init__(self, doc):
        self.walk = paragraphs(doc.getText())
        self.items = []

    def find(self, needle):
        if not needle:
            raise ReviewError('an op needs a non-empty "in"')
        for item in self.items:
            if needle in item[1]:
                return item
        for para in self.walk:
            item = [para, para.getString()]
            self.items.append(item)
            if needle in item[1]:
                return item
        raise ReviewError('no paragraph or table cell contains %r' % needle)


def select(para, needle):
    """A cursor selecting the first occurrence of `needle` in `para` (verified, not assumed)."""
    if not needle:
        raise ReviewError('an op needs a non-empty text to find')
    whole = para.getString()
    at = whole.find(needle)
    if at < 0:
        raise ReviewError('%r is not in the paragraph %r' % (needle, excerpt(whole)))
    text = para.getText()
    # Character offsets in getString() and cursor moves agree unless the paragraph holds
    # placeholders (comment anchors, fields); then scan a little further for the exact match.
    for start in range(at, at + 64):
        cur = text.createTextCursorByRange(para.getStart())
        if not cur.goRight(start, False) or not cur.goRight(len(needle), True):
            break
        if cur.getString() == needle and text.compareRegionEnds(cur, para) >= 0:
            return cur
    raise ReviewError('could not place a cursor on %r in the paragraph %r' % (needle, excerpt(whole)))


# --- Ops -------------------------------------------------------------------------------------


def now_uno():
    t = datetime.datetime.now(datetime.timezone.utc)
    d = DateTime()
    d.Year, d.Month, d.Day = t.year, t.month, t.day
    d.Hours, d.Minutes, d.Seconds = t.hour, t.minute, t.second
    d.IsUTC = True
    return d


def run_op(doc, index, op, author):
    kind = op.get('op')
    item = index.find(op.get('in'))
    para = item[0]
    text = para.getText()
    done = {'op': kind, 'paragraph': excerpt(para.getString())}
    if kind == 'replace':
        if 'with' not in op:
            raise ReviewError('replace needs "with"')
        doc.RecordChanges = bool(op.get('track', True))
        cur = select(para, op.get('find'))
        cur.setString(op['with'])
        done.update(find=op['find'], to=op['with'], tracked=doc.RecordChanges)
    elif kind == 'insert':
        if not op.get('text'):
            raise ReviewError('insert needs a non-empty "text"')
        doc.RecordChanges = bool(op.get('track', True))
        cur = select(para, op.get('after'))
        cur.collapseToEnd()
        text.insertString(cur, op['text'], False)
        done.update(after=op['after'], text=op['text'], tracked=doc.RecordChanges)
    elif kind == 'comment':
        if not op.get('text'):
            raise ReviewError('comment needs a non-empty "text"')
        doc.RecordChanges = False  # a comment is not a change to the text
        ann = doc.createInstance('com.sun.star.text.textfield.Annotation')
        ann.Author = op.get('author') or author
        ann.Initials = ''.join(w[0] for w in ann.Author.split() if w).upper()
        ann.Content = op['text']
        ann.DateTimeValue = now_uno()
        # Over the whole paragraph. A cursor made from the paragraph itself is refused for
        # loaded .docx paragraphs ("no SwTextAttr inserted?"); start + gotoEndOfParagraph works.
        cur = text.createTextCursorByRange(para.getStart())
        cur.gotoEndOfParagraph(True)
        text.insertTextContent(cur, ann, True)
        done.update(text=op['text'])
    elif kind == 'reply':
        raise ReviewError('reply is not supported: LibreOffice 7.4 cannot thread comments through UNO (no ParentName on annotations)')
    else:
        raise ReviewError('unknown op %r' % (kind,))
    item[1] = para.getString()
    return done


def review(office, src, dst, spec):
    author = spec.get('author') or ''
    ops = spec.get('ops')
    if not author.strip():
        raise ReviewError('OPS.json needs an "author"')
    if not isinstance(ops, list) or not ops:
        raise ReviewError('OPS.json needs a non-empty "ops" list')
    office.set_user_name(author)
    smgr = office.ctx.ServiceManager
    # Loading into a frame crashes the GUI-less build on documents with comments: load into a
    # bare text document model instead.
    doc = smgr.createInstanceWithContext('com.sun.star.text.TextDocument', office.ctx)
    doc.load((prop('URL', uno.systemPathToFileUrl(os.path.abspath(src))), prop('FilterName', WORD_FILTER)))
    try:
        done = []
        index = Paragraphs(doc)
        for i, op in enumerate(ops):
            try:
                done.append(run_op(doc, index, op, author))
            except ReviewError as e:
                raise ReviewError('op %d (%s): %s' % (i + 1, op.get('op'), e))
            except Exception as e:  # a UNO exception: say which op
                raise ReviewError('op %d (%s): %s: %s' % (i + 1, op.get('op'), type(e).__name__, getattr(e, 'Message', None) or e))
        doc.RecordChanges = False
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop('FilterName', WORD_FILTER),))
        return done
    finally:
        try:
            doc.close(True)
        except Exception:
            pass


def main(argv):
    if len(argv) != 4:
        sys.stderr.write('usage: /usr/bin/python3 reviewer.py IN.docx OUT.docx OPS.json\n')
        return 2
    src, dst, ops_path = argv[1:]
    started = time.time()
    office = Office()

    def on_deadline(signum, frame):
        if signum == signal.SIGALRM:
            raise Deadline('LibreOffice review did not finish within %d s' % deadline)
        raise Deadline('LibreOffice review stopped by signal %d' % signum)

    signal.signal(signal.SIGALRM, on_deadline)
    signal.signal(signal.SIGTERM, on_deadline)
    deadline = int(os.environ.get('MCS_LO_DEADLINE', '75'))
    signal.alarm(deadline)
    # Signal handlers only run between Python steps; if a UNO call hangs, this thread ends
    # LibreOffice, which makes the call fail and the clean-up run.
    watchdog = threading.Timer(deadline + 5, office.kill)
    watchdog.daemon = True
    watchdog.start()
    try:
        with open(ops_path, encoding='utf-8') as f:
            spec = json.load(f)
        if not os.path.isfile(src):
            raise ReviewError('no input file %s' % src)
        office.start()
        done = review(office, src, dst, spec)
        if not os.path.isfile(dst) or os.path.getsize(dst) == 0:
            raise ReviewError('LibreOffice wrote no output file')
        json.dump({'author': spec['author'], 'ops': done, 'seconds': round(time.time() - started, 2)}, sys.stdout, ensure_ascii=False)
        sys.stdout.write('\n')
        return 0
    except (ReviewError, Deadline, ValueError) as e:
        sys.stderr.write('reviewer.py: %s\n' % e)
        return 1
    except Exception as e:  # UNO exceptions: say which
        sys.stderr.write('reviewer.py: %s: %s\n' % (type(e).__name__, getattr(e, 'Message', None) or e))
        return 1
    finally:
        signal.alarm(0)
        watchdog.cancel()
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # let the clean-up below finish (bounded: ~15 s)
        office.stop()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
