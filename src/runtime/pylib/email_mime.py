"""The `email.mime` package: classes that build MIME messages from scratch, one per
submodule (email.mime.text, .multipart, .application, .base, .nonmultipart,
.message). Their code is in _email_mime."""
